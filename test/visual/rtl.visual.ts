import { visualSuite } from './suite.js';

// One file per mode, so that the test runner takes the modes in parallel.
await visualSuite('rtl');
