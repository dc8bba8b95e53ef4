import { mount } from 'svelte';
import 'envoy-elements';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
