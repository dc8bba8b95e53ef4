// Style sheets imported for their side effect by stories and the preview (Vite bundles them).
declare module '*.css';
