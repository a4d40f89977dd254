// The site's one stylesheet, served at a content-hashed address so browsers
// keep it for a year. No web fonts: each system's own fonts for Korean,
// Japanese and Latin text, so no page asks any third party for anything.
import { createHash } from 'node:crypto';

export const css = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","Noto Sans KR","Hiragino Sans","Yu Gothic","Noto Sans JP",sans-serif;color:#1b1b1b;background:#fff}
:lang(ja){line-break:strict}
:lang(ko){word-break:keep-all}
a{color:#0b4f9c}
a:hover{color:#06325f}
:focus-visible{outline:3px solid #c25400;outline-offset:2px}
img{max-width:100%;height:auto;display:block}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.masthead{border-bottom:3px solid #1b1b1b}
.masthead .wrap{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1.5rem;padding-top:.8rem;padding-bottom:.6rem}
.brand{font-size:1.6rem;font-weight:800;color:#1b1b1b;text-decoration:none;letter-spacing:-.01em}
.tagline{color:#4a4a4a;font-size:.85rem;margin:0;flex:1 1 16rem}
.editions{margin-left:auto}
.editions ul,.nav ul,.foot ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
.editions a[aria-current]{font-weight:700;color:#1b1b1b;text-decoration:none}
.nav{border-bottom:1px solid #d6d6d6;font-size:.92rem}
.nav .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding-top:.4rem;padding-bottom:.4rem}
.nav form{margin-left:auto;display:flex;gap:.3rem}
input[type=search]{font:inherit;padding:.3rem .5rem;border:1px solid #767676;border-radius:3px;min-width:10rem}
button{font:inherit;padding:.3rem .8rem;border:1px solid #1b1b1b;border-radius:3px;background:#1b1b1b;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1b1b1b}
main{padding:1.2rem 0 2rem}
h1{font-size:2rem;line-height:1.25;margin:.4rem 0 .8rem;letter-spacing:-.01em}
h2{font-size:1.25rem;margin:2rem 0 .8rem;padding-top:.4rem;border-top:2px solid #1b1b1b}
h3{font-size:1.08rem;line-height:1.35;margin:.35rem 0}
h3 a{color:#1b1b1b;text-decoration:none}
h3 a:hover{text-decoration:underline}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1.4rem}
.top{display:grid;grid-template-columns:2fr 1fr;gap:1.4rem}
.top .lead-story h3{font-size:1.6rem}
@media (max-width:48rem){.top{grid-template-columns:1fr}h1{font-size:1.6rem}}
.card p{margin:.3rem 0;color:#333;font-size:.95rem}
.card figure{margin:0 0 .4rem}
.meta{color:#4a4a4a;font-size:.82rem}
.badge{display:inline-block;font-size:.72rem;font-weight:600;line-height:1.4;padding:0 .4rem;border-radius:2px;background:#eef2f7;color:#233a57;border:1px solid #b9c6d8;margin-right:.35rem;vertical-align:middle}
.badge.orig{background:#fff4e0;color:#6b3d00;border-color:#e0b36a}
.label{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;background:#1b1b1b;color:#fff;padding:.05rem .45rem;border-radius:2px}
article.story{max-width:44rem}
.hero{margin:0 0 1rem}
.hero figcaption{margin-top:.35rem;font-size:.85rem;color:#4a4a4a}
.lede{font-size:1.15rem;font-weight:500;color:#222}
.byline{font-size:.88rem;color:#4a4a4a;border-top:1px solid #d6d6d6;border-bottom:1px solid #d6d6d6;padding:.5rem 0;margin:1rem 0}
.byline strong{color:#1b1b1b}
.body p{margin:0 0 1.05rem}
sup.cite{font-size:.72rem;line-height:0;margin-left:.1rem}
sup.cite a{text-decoration:none;padding:0 .1rem}
.sources ol{padding-left:1.4rem;font-size:.92rem}
.sources li{margin:.35rem 0}
.corrections{background:#fff8e6;border-left:4px solid #c28a00;padding:.6rem 1rem;margin:1.5rem 0}
.corrections h2{border:0;margin:.2rem 0;padding:0;font-size:1rem}
.thread ol{padding-left:1.4rem}
.thread li[aria-current]{font-weight:700}
.prior{font-weight:600}
.timeline{list-style:none;padding:0;border-left:3px solid #d6d6d6;margin-left:.4rem}
.timeline li{padding:0 0 1.2rem 1rem;position:relative}
.timeline li::before{content:"";position:absolute;left:-.5rem;top:.45rem;width:.7rem;height:.7rem;border-radius:50%;background:#1b1b1b}
h2.plain{border:0;margin:.2rem 0;padding:0;font-size:1.1rem}
.pager{display:flex;gap:1rem;margin-top:1.5rem}
.prose{max-width:44rem}
.prose h2{font-size:1.15rem}
.consent{position:sticky;bottom:0;background:#f4f4f4;border-top:2px solid #1b1b1b;padding:.8rem 0;z-index:5}
.consent .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem 1.2rem}
.consent p{margin:0;flex:1 1 24rem;font-size:.9rem}
.consent form{display:flex;gap:.5rem}
.foot{border-top:1px solid #d6d6d6;margin-top:2rem;padding:1rem 0 2rem;font-size:.85rem;color:#4a4a4a}
.foot .wrap>*{margin:.4rem 0}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`.trim();

export const cssHash = createHash('sha256').update(css).digest('hex').slice(0, 12);
export const cssPath = `/assets/site.${cssHash}.css`;
