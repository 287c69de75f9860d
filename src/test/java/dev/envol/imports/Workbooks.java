package dev.envol.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds minimal xlsx packages by hand, so tests can plant what POI would never write. */
final class Workbooks {
    private Workbooks() {
    }

    static final String HEADER = "VM,Powerstate,Template,CPUs,Memory,Provisioned MiB,In Use MiB";

    /** An xlsx whose vInfo sheet part is {@code sheetXml} (and optional shared strings). */
    static Path write(Path file, String sheetXml, String sharedStringsXml) throws IOException {
        return write(file, "vInfo", sheetXml, sharedStringsXml);
    }

    static Path write(Path file, String sheetName, String sheetXml, String sharedStringsXml)
            throws IOException {
        try (OutputStream raw = Files.newOutputStream(file)) {
            write(raw, sheetName, sheetXml, sharedStringsXml);
        }
        return file;
    }

    private static void write(OutputStream raw, String sheetName, String sheetXml,
                              String sharedStringsXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(raw)) {
            entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>""");
            entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="SHEET" sheetId="1" r:id="rId1"/></sheets></workbook>""".replace("SHEET", sheetName));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>""");
            if (sheetXml == null) {
                bombEntry(zip);
            } else {
                entry(zip, "xl/worksheets/sheet1.xml", sheetXml);
            }
            entry(zip, "xl/sharedStrings.xml", sharedStringsXml != null ? sharedStringsXml
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas"
                  + ".openxmlformats.org/spreadsheetml/2006/main\" count=\"0\" uniqueCount=\"0\"/>");
        }
    }

    /**
     * An xlsx whose sheet part inflates from ~50 KB to 64 MB of blanks: the shape of a zip bomb
     * (a real one goes to gigabytes; the ratio is what POI checks).
     */
    static Path zipBomb(Path file) throws IOException {
        return write(file, null, null);
    }

    private static void bombEntry(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        zip.write(sheet("", HEADER).replace("</sheetData>", "").replace("</worksheet>", "")
            .getBytes(StandardCharsets.UTF_8));
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) ' ');
        for (int i = 0; i < 64; i++) {
            zip.write(blanks);
        }
        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A sheet with inline-string cells: each row a comma-separated line. */
    static String sheet(String prolog, String... rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .append(prolog)
            .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
            .append("<sheetData>");
        for (int r = 0; r < rows.length; r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            String[] cells = rows[r].split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                    .append(cells[c]).append("</t></is></c>");
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }
}
