import { createApp } from 'vue';
import 'envoy-elements';
import App from './App.vue';

createApp(App).mount('#app');
