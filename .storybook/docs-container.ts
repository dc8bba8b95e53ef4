/**
 * The docs page follows the Theme toolbar as a whole (Storybook's dark docs theme, and the page's own
 * `color-scheme` and background), also on pages that render no story, where no decorator runs.
 * Written with createElement so that the project needs no JSX settings.
 */
import { createElement, useEffect, useState, type PropsWithChildren } from 'react';
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { themes } from 'storybook/theming';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { applyPageTheme } from './page-globals.js';

type Context = DocsContainerProps['context'] & { store?: { userGlobals?: { get(): Record<string, unknown> } } };

export function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const context = props.context as Context;
  const [theme, setTheme] = useState(() => String(context.store?.userGlobals?.get()?.theme ?? 'light'));
  useEffect(() => {
    const listener = ({ globals }: { globals: Record<string, unknown> }) => setTheme(String(globals.theme ?? 'light'));
    context.channel.on(GLOBALS_UPDATED, listener);
    return () => context.channel.off(GLOBALS_UPDATED, listener);
  }, [context]);
  useEffect(() => applyPageTheme(theme), [theme]);
  return createElement(DocsContainer, { ...props, theme: theme === 'dark' ? themes.dark : themes.light });
}
