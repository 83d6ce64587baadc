/**
 * The mini-site's themes: CSS only, inlined in the page (one small block, no request, no script). Each theme
 * sets a few custom properties over one shared layout; every pair of colours keeps a contrast of 4.5:1 or more.
 */
export const themes = ['classic', 'warm', 'modern'] as const;
export type Theme = (typeof themes)[number];

export function isTheme(value: string): value is Theme {
  return (themes as readonly string[]).includes(value);
}

const palettes: Record<Theme, string> = {
  classic:
    '--bg:#ffffff;--fg:#1f2933;--muted:#52606d;--accent:#1d4f91;--card:#f5f7fa;--line:#d9e2ec;' +
    '--font:Georgia,"Noto Serif KR",serif;--radius:4px',
  warm:
    '--bg:#fffaf3;--fg:#3b2416;--muted:#6b4a35;--accent:#9a3412;--card:#fdf0e1;--line:#efd9c1;' +
    '--font:"Noto Sans KR",system-ui,sans-serif;--radius:14px',
  modern:
    '--bg:#0f172a;--fg:#f1f5f9;--muted:#cbd5e1;--accent:#7dd3fc;--card:#1e293b;--line:#334155;' +
    '--font:system-ui,"Noto Sans KR",sans-serif;--radius:10px',
};

const layout = `
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font-family:var(--font);line-height:1.6;font-size:17px}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
header,main,footer{max-width:860px;margin:0 auto;padding:16px}
header{display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header img{width:72px;height:72px;object-fit:contain;border-radius:var(--radius);background:var(--card)}
h1{margin:0;font-size:1.8rem;line-height:1.2}
h2{font-size:1.25rem;margin:0 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.tagline,.alt-name{margin:4px 0 0;color:var(--muted)}
.lang{margin-left:auto}
section{margin:0 0 28px}
.cta{display:inline-block;padding:10px 16px;border:2px solid var(--accent);border-radius:var(--radius);
  text-decoration:none;font-weight:600}
table{border-collapse:collapse}
td,th{padding:4px 16px 4px 0;text-align:left;font-weight:normal}
th{color:var(--muted)}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:8px;padding:0;list-style:none}
.photos img{width:100%;aspect-ratio:4/3;object-fit:cover;border-radius:var(--radius);display:block}
.offers{list-style:none;padding:0;display:grid;gap:8px}
.offers li{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:12px}
.offers strong{display:block;color:var(--muted);font-size:.9rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
footer{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line)}
.about{white-space:pre-line}
`;

/** The whole stylesheet of a page in this theme. */
export function themeCss(theme: Theme): string {
  return `:root{${palettes[theme]}}${layout.replace(/\n\s*/g, '')}`;
}
