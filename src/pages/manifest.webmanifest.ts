import type { APIRoute } from 'astro';
import { t } from '../lib/i18n.ts';

/**
 * The web app manifest: the course installs on a phone's home screen. Every URL in it is relative
 * to the manifest itself, so it is right under any sub-path.
 */
export const GET: APIRoute = () => {
  const icon = (src: string, size: number, purpose: string) => ({ src, sizes: `${size}x${size}`, type: 'image/png', purpose });
  const manifest = {
    name: t('site.title'),
    short_name: t('app.shortName'),
    description: t('site.tagline'),
    lang: 'zh-CN',
    dir: 'ltr',
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      icon('icons/icon-192.png', 192, 'any'),
      icon('icons/icon-512.png', 512, 'any'),
      icon('icons/maskable-192.png', 192, 'maskable'),
      icon('icons/maskable-512.png', 512, 'maskable'),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
