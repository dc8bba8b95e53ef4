// React 19 sets properties on custom elements (so `items` takes an array) and adds their events as `on<event-name>`.
// The tags' types come from `envoy-elements/types/jsx.js` (see tsconfig.json "types").
import { useState } from 'react';
import 'envoy-elements';
import type { NewsItem, WorldClockErrorEvent, EnvoyLoadEvent } from 'envoy-elements';

const news: NewsItem[] = [
  { title: 'National Day reception', href: 'https://example.org/news/national-day', date: '2020-07-06', summary: 'The Ambassador of Examplestan welcomed guests.' },
  { title: 'The visa centre has moved', href: 'https://example.org/news/visa-centre', date: '2020-07-01' },
];

export function App() {
  const [loaded, setLoaded] = useState('');
  const [problem, setProblem] = useState('');
  return (
    <main>
      <h1>Embassy of Examplestan</h1>
      <world-clock show-date zones="Capital=Asia/Tokyo, London=Europe/London" now="2020-07-06T00:36:00Z" hour-cycle="h23"></world-clock>
      <days-since since="2018-03-04" time-zone="Asia/Tokyo" now="2020-07-06T00:36:00Z">
        the opening of the new consulate
      </days-since>
      <news-list
        heading="Latest events"
        limit={5}
        items={news}
        onenvoy-load={(event: EnvoyLoadEvent) => setLoaded(`${event.detail.count} from ${event.detail.source}`)}
      ></news-list>
      <world-clock
        id="mistyped"
        zones="Examplestan/Capital"
        onenvoy-error={(event: WorldClockErrorEvent) => setProblem(`${event.detail.code}: ${event.detail.input}`)}
      ></world-clock>
      <consular-contact
        phone="+44 20 7946 0000"
        email="consul@example.org"
        hours="Mo-Fr 09:00-17:00"
        time-zone="Europe/London"
        now="2020-07-06T10:00:00Z"
      ></consular-contact>
      <p id="loaded">{loaded}</p>
      <p id="problem">{problem}</p>
    </main>
  );
}
