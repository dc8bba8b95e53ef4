// CUSTOM_ELEMENTS_SCHEMA lets the template use the tags. Angular binds `[items]` as a property and `(envoy-load)` as
// a listener; with strictTemplates, `$event` is typed from HTMLElementEventMap (EnvoyLoadEvent, EnvoyErrorEvent).
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { EnvoyErrorEvent, EnvoyLoadEvent, NewsItem } from 'envoy-elements';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Embassy of Examplestan</h1>
      <world-clock show-date zones="Capital=Asia/Tokyo, London=Europe/London" now="2020-07-06T00:36:00Z" hour-cycle="h23"></world-clock>
      <days-since since="2018-03-04" time-zone="Asia/Tokyo" now="2020-07-06T00:36:00Z">the opening of the new consulate</days-since>
      <news-list heading="Latest events" [limit]="5" [items]="news" (envoy-load)="onLoad($event)"></news-list>
      <world-clock id="mistyped" zones="Examplestan/Capital" (envoy-error)="onError($event)"></world-clock>
      <consular-contact phone="+44 20 7946 0000" email="consul@example.org" hours="Mo-Fr 09:00-17:00"
        time-zone="Europe/London" now="2020-07-06T10:00:00Z"></consular-contact>
      <p id="loaded">{{ loaded() }}</p>
      <p id="problem">{{ problem() }}</p>
    </main>
  `,
})
export class AppComponent {
  readonly news: NewsItem[] = [
    { title: 'National Day reception', href: 'https://example.org/news/national-day', date: '2020-07-06', summary: 'The Ambassador of Examplestan welcomed guests.' },
    { title: 'The visa centre has moved', href: 'https://example.org/news/visa-centre', date: '2020-07-01' },
  ];
  readonly loaded = signal('');
  readonly problem = signal('');

  onLoad(event: EnvoyLoadEvent) {
    this.loaded.set(`${event.detail.count} from ${event.detail.source}`);
  }

  onError(event: EnvoyErrorEvent) {
    this.problem.set(`${event.detail.code}: ${event.detail.input}`);
  }
}
