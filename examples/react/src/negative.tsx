// Deliberate type errors: `npm run examples` expects tsc to reject each line marked "error:".
import 'envoy-elements';

export const wrongHourCycle = <world-clock hour-cycle="h24"></world-clock>; // error: not 'h12' | 'h23'
export const wrongLimit = <news-list limit="five"></news-list>; // error: limit is a number
export const wrongItems = <news-list items={[{ heading: 'No title' }]}></news-list>; // error: items need a title
export const unknownAttribute = <days-since sinse="2018-03-04"></days-since>; // error: no such attribute
