// This example checks and compiles with ngc (Angular's template type checker) and bundles with Vite, without the
// Angular CLI. Angular's own packages ship partially compiled; with no CLI to link them at build time, the compiler
// links them at startup. An app made with `ng new` needs neither this import nor anything below but the bootstrap.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'envoy-elements';
import { AppComponent } from './app.component.js';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error) => console.error(error));
