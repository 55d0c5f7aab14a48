// Shows one painted backdrop full size (?name=title|territory|office|meeting|phone|channel), to look at it.
import { paintBackdrop } from '../../../src/scenes/paint/index.ts';
import type { BackdropName } from '../../../src/scenes/paint/index.ts';

const name = (new URLSearchParams(location.search).get('name') ?? 'title') as BackdropName;
const canvas = paintBackdrop(name, new URLSearchParams(location.search).has('hc'));
document.body.append(canvas);
document.body.dataset['ready'] = 'true';
