// A photo of the site's library with its caption and credit, written as
//   <figure><img src="/media/…" alt="…"><figcaption>Caption Ảnh: Credit</figcaption></figure>
// (the credit after "Ảnh:", as the site prints it and the importer reads it). One
// atomic node: the photo panel edits its attributes.
import { Node, mergeAttributes } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { libraryImagePath, } from './urls.js';
import { nfc } from './paste.js';

const kCredit = /^([\s\S]*?)\s*Ảnh\s*:\s*([\s\S]+)$/u;

export function splitCaption(text) {
  const t = nfc(String(text ?? '').replace(/\s+/g, ' ').trim());
  const m = t.match(kCredit);
  if (!m) return { caption: t, credit: '' };
  return { caption: m[1].trim(), credit: m[2].trim() };
}

export function joinCaption(caption, credit) {
  const parts = [];
  if (caption) parts.push(caption.trim());
  if (credit) parts.push(`Ảnh: ${credit.trim()}`);
  return nfc(parts.join(' '));
}

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    };
  },

  parseHTML() {
    return [{
      tag: 'figure',
      priority: 60,
      getAttrs: (el) => {
        const img = el.querySelector('img');
        const src = img ? libraryImagePath(img.getAttribute('src')) : null;
        if (!src) return false;
        const fc = el.querySelector('figcaption');
        const { caption, credit } = splitCaption(fc ? fc.textContent : '');
        return { src, alt: nfc(img.getAttribute('alt') || ''), caption, credit };
      },
    }];
  },

  renderHTML({ node }) {
    const { src, alt, caption, credit } = node.attrs;
    const img = ['img', mergeAttributes({ src, alt: alt || '' })];
    const text = joinCaption(caption, credit);
    return text ? ['figure', {}, img, ['figcaption', {}, text]] : ['figure', {}, img];
  },

  addCommands() {
    return {
      setFigure: (attrs) => ({ commands }) => commands.insertContent({ type: this.name, attrs }),
    };
  },
});

// A bare photo (no caption) pasted or written in HTML: kept only from the library.
export const LibraryImage = Image.extend({
  parseHTML() {
    return [{
      tag: 'img[src]',
      getAttrs: (el) => {
        const src = libraryImagePath(el.getAttribute('src'));
        return src ? { src, alt: el.getAttribute('alt') || '' } : false;
      },
    }];
  },
}).configure({ inline: false, allowBase64: false });
