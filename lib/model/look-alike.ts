/**
 * Look-alike text: characters of other scripts that render like Latin letters (Cyrillic `а` U+0430 for `a`, Greek
 * `ο` U+03BF for `o`, fullwidth `ａ`), and invisible characters. Two strings with the same skeleton read the same
 * to a reviewer. The table holds the common Cyrillic and Greek homoglyphs of Unicode's confusables list
 * (https://www.unicode.org/Public/security/latest/confusables.txt); NFKC folds fullwidth and compatibility forms.
 */

const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ү: 'y',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  Һ: 'H',
  Ӏ: 'I',
  Ү: 'Y',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Latin letters that read as others
  ı: 'i',
  ȷ: 'j',
  ℓ: 'l',
  ɡ: 'g',
};

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * The skeleton of a string: invisible characters removed, compatibility forms folded (NFKC), look-alike letters
 * replaced by the Latin letter they look like, lower-cased. `dаve@contoso.com` (Cyrillic `а`) and
 * `Dave@contoso.com` have the same skeleton.
 */
export function lookAlikeSkeleton(s: string): string {
  return [...s.replace(INVISIBLE, '').normalize('NFKC')]
    .map((c) => CONFUSABLES[c] ?? c)
    .join('')
    .toLowerCase();
}
