// Deliberate type errors: `npm run examples` expects ngc (strictTemplates) to reject each binding marked "error:".
// With CUSTOM_ELEMENTS_SCHEMA Angular checks no attribute or property of these tags; it does type their events.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import 'envoy-elements';

@Component({
  selector: 'app-negative',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- error: envoy-load's detail has count and source, no total -->
    <news-list (envoy-load)="total = $event.detail.total"></news-list>
    <!-- error: no element reports that code -->
    <world-clock (envoy-error)="bad = $event.detail.code === 'no-such-code'"></world-clock>
    <!-- not caught: Angular does not check property bindings on custom elements (checkTypeOfDomBindings) -->
    <news-list [limit]="'five'"></news-list>
  `,
})
export class NegativeComponent {
  total = 0;
  bad = false;
}
