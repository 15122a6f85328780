/**
 * A PDF whose pages are plain but whose trailer names an encryption dictionary that keeps
 * only its attachments behind a password (/StmF and /StrF /Identity, /EFF a crypt filter),
 * as pdf.js's `encrypted-attachment.pdf` does. PDFium opens such a file without asking,
 * pdf.js (the reader) asks for the password. pdfkit cannot write this; the bytes of /O, /U
 * and the rest are well-formed but match no password anybody has.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { plainPdf } from './plain-pdf'

const hex = (bytes: number, fill: string) => `<${fill.repeat(bytes * 2).slice(0, bytes * 2)}>`

export async function makeAttachmentLockedPdf(dir: string, name: string, words = 'Example'): Promise<string> {
  const content = `BT /F1 24 Tf 72 720 Td (${words}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O ${hex(48, '3a7c')} /U ${hex(48, 'b51e')}` +
      ` /OE ${hex(32, '9d')} /UE ${hex(32, 'e4')} /Perms ${hex(16, '0f')}` +
      ' /CF << /StdCF << /AuthEvent /EFOpen /CFM /AESV3 /Length 32 >> >> /StmF /Identity /StrF /Identity /EFF /StdCF >>',
  ]
  const id = hex(16, '5a')
  const pdf = plainPdf(objects, `/Root 1 0 R /Encrypt 6 0 R /ID [${id} ${id}]`)
  const path = join(dir, name)
  await writeFile(path, pdf, 'latin1')
  return path
}
