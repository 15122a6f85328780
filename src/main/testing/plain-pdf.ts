/** PDF objects written as given, numbered from 1, with a correct cross-reference table: for files pdfkit cannot write. */
export function plainPdf(objects: string[], trailer: string, version = '1.7'): string {
  let pdf = `%PDF-${version}\n`
  const offsets = objects.map((body, i) => {
    const at = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return at
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`
  return pdf + `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`
}
