// About: the course the game teaches, how the report works, what stays on the device, credits and licences.
import { PRINCIPLES } from '../../engine/ids.ts';
import { PRINCIPLE_INFO } from '../../engine/principles.ts';
import { t } from '../../i18n/i18n.ts';
import type { AppContext, Screen } from '../app-context.ts';
import { h, Scope } from '../dom.ts';
import { menuBar, menuScreen } from './common.ts';

interface Credit {
  readonly what: string;
  readonly who: string;
  readonly licence: string;
  readonly url: string;
}

export function createAboutScreen(ctx: AppContext): Screen {
  const scope = new Scope();
  const locale = ctx.settings.getState().locale;
  const heading = h('h1', { tabindex: -1 }, t('about.heading'));

  const credits: Credit[] = [
    {
      what: t('about.credits.portraits'),
      who: t('about.credits.portraitsWho'),
      licence: 'CC0 1.0',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    },
    {
      what: t('about.credits.font'),
      who: 'Atkinson Hyperlegible — Braille Institute of America',
      licence: 'SIL Open Font License 1.1',
      url: 'https://openfontlicense.org/',
    },
    { what: t('about.credits.icons'), who: 'Lucide', licence: 'ISC', url: 'https://lucide.dev/license' },
    { what: t('about.credits.engine'), who: 'Phaser', licence: 'MIT', url: 'https://phaser.io/' },
    {
      what: t('about.credits.story'),
      who: 'ink / inkjs — inkle',
      licence: 'MIT',
      url: 'https://www.inklestudios.com/ink/',
    },
    {
      what: t('about.credits.libraries'),
      who: 'i18next, zustand, zod, DiceBear',
      licence: 'MIT',
      url: 'https://opensource.org/license/mit',
    },
  ];

  const section = (id: string, title: string, ...content: (HTMLElement | null)[]): HTMLElement =>
    h('section', { class: 'about-section', 'aria-labelledby': id }, h('h2', { id }, title), ...content);

  const root = menuScreen(
    'screen-about',
    menuBar(ctx, scope, t('common.backToTitle'), () => {
      ctx.go({ name: 'title' });
    }),
    heading,
    h('p', { class: 'lead' }, t('about.intro')),
    section(
      'about-course',
      t('about.courseHeading'),
      h('p', {}, t('about.course')),
      h('ul', { class: 'principle-list' }, ...PRINCIPLES.map((p) => h('li', {}, PRINCIPLE_INFO[p].name[locale]))),
    ),
    section('about-report', t('about.reportHeading'), h('p', {}, t('about.report'))),
    section('about-privacy', t('about.privacyHeading'), h('p', {}, t('about.privacy'))),
    section(
      'about-credits',
      t('about.creditsHeading'),
      h('p', {}, t('about.licence')),
      h(
        'table',
        { class: 'credits' },
        h('caption', { class: 'visually-hidden' }, t('about.creditsHeading')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('about.credits.what')),
            h('th', { scope: 'col' }, t('about.credits.who')),
            h('th', { scope: 'col' }, t('about.credits.licence')),
          ),
        ),
        h(
          'tbody',
          {},
          ...credits.map((c) =>
            h(
              'tr',
              {},
              h('td', {}, c.what),
              h('td', {}, c.who),
              h('td', {}, h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.licence)),
            ),
          ),
        ),
      ),
    ),
  );

  return {
    root,
    mapSlot: null,
    focusFirst: () => {
      heading.focus();
    },
    destroy: () => {
      scope.close();
    },
  };
}
