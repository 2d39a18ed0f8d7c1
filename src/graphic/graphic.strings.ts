/** UI strings of <nso-graphic>, per language. */
import type { Lang } from '../i18n/lang.ts';

export interface GraphicStrings {
  source: string;
  updated: string;
  data: string;
  dataHint: string;
}

export const GRAPHIC_STRINGS: Record<Lang, GraphicStrings> = {
  fr: {
    source: 'Source\u00a0:',
    updated: 'Mis à jour le',
    data: 'Données',
    dataHint: 'le jeu de données JSON, avec les extraits sources',
  },
  en: {
    source: 'Source:',
    updated: 'Updated',
    data: 'Get the data',
    dataHint: 'the JSON dataset, with source excerpts',
  },
  ar: {
    source: 'المصدر:',
    updated: 'آخر تحديث',
    data: 'البيانات',
    dataHint: 'مجموعة البيانات بصيغة JSON مع مقتطفات المصدر',
  },
};
