// The desk's stylesheet: the site's, plus forms and tables. A file at a
// hashed address (the site's CSP allows styles from this origin only).
import { createHash } from 'node:crypto';
import { css as siteCss } from '../web/style.ts';

const deskCss = `
.desk-head{border-bottom:3px solid #1b1b1b}
.desk-head .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.2rem;padding-top:.6rem;padding-bottom:.6rem}
.desk-head .brand{font-size:1.25rem}
.desk-nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
.desk-nav a[aria-current]{font-weight:700;color:#1b1b1b}
.desk-head form{margin-left:auto}
.desk-form{max-width:28rem;display:grid;gap:.8rem;margin:1rem 0}
.desk-form label{display:grid;gap:.2rem;font-weight:600}
.desk-form .hint{font-weight:400;color:#4a4a4a;font-size:.85rem}
input[type=text],input[type=email],input[type=password],input[type=url],select{font:inherit;padding:.35rem .5rem;border:1px solid #767676;border-radius:3px}
.notice{padding:.6rem 1rem;border-left:4px solid #0b4f9c;background:#eef2f7;margin:1rem 0}
.notice.error{border-color:#a40000;background:#fdeeee;color:#5a0000}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:1rem;list-style:none;padding:0}
.cards li{border:1px solid #d6d6d6;border-radius:4px;padding:.8rem}
.cards .n{display:block;font-size:2rem;font-weight:800}
table.desk{border-collapse:collapse;width:100%;font-size:.9rem}
table.desk th,table.desk td{border-bottom:1px solid #d6d6d6;padding:.35rem .4rem;text-align:left;vertical-align:top}
table.desk td form{display:inline-flex;gap:.3rem;flex-wrap:wrap;align-items:center}
code.secret{word-break:break-all;font-size:.95rem;background:#f4f4f4;padding:.1rem .3rem}
mark.claim{background:#ffe08a;color:#1b1b1b;outline:1px solid #8a6d00}
.claim-n a{font-weight:700}
.review-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem 2rem}
.queue-item{border-top:1px solid #d6d6d6;padding-top:.8rem;margin-top:1.2rem}
.findings blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #767676}
.actions{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:end}
ul.actions{list-style:none;margin:0;padding:0}
.inline-form{display:flex;flex-wrap:wrap;gap:.3rem;align-items:end}
.inline-form label{display:grid;gap:.2rem}
.desk-form.wide{max-width:48rem}
.desk-form textarea{font:inherit;padding:.35rem .5rem;border:1px solid #767676;border-radius:3px}
.desk-form fieldset{border:1px solid #d6d6d6;display:grid;gap:.4rem}
.desk-form label.check{font-weight:400;display:block}
table.diff td{width:45%}
table.diff ins{background:#d5f5d5;color:#0b3d0b}
table.diff del{background:#fbd8d8;color:#5a0000}
`.trim();

export const css = siteCss + '\n' + deskCss;
export const cssPath = `/desk/assets/desk.${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
