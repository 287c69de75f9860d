package dev.envol.imports;

import dev.envol.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet of an xlsx workbook with POI's event API (XSSFReader + read-only shared
 * strings): the workbook is never loaded as a whole, so memory stays flat whatever the row count.
 * The sheet XML is parsed with document type declarations refused (no external entities, no
 * entity expansion); POI's zip-bomb guards are set explicitly here rather than trusted to defaults.
 */
final class XlsxSheetReader {
    static {
        ZipSecureFile.setMinInflateRatio(InventoryLimits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(InventoryLimits.MAX_XLSX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    private final String file;

    XlsxSheetReader(String file) {
        this.file = file;
    }

    void read(Path path, String sheetName, TableVisitor visitor) {
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (name.equalsIgnoreCase(sheetName)) {
                        parse(sheet, new SheetHandler(file, sheetName, strings, visitor));
                        return;
                    }
                }
            }
            throw new InputException(file + ": no sheet named " + sheetName + " (the workbook has "
                + (names.isEmpty() ? "no sheets" : String.join(", ", names)) + ")");
        } catch (InputException | ImportCancelledException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InputException(file + ": not an xlsx workbook (" + oneLine(e) + ")", e);
        } catch (RuntimeException | IOException | OpenXML4JException | SAXException e) {
            throw translate(e);
        }
    }

    private void parse(InputStream sheet, SheetHandler handler) throws IOException, SAXException {
        XMLReader xml = secureReader();
        xml.setContentHandler(handler);
        // The default error handler prints "[Fatal Error]" to stderr before throwing.
        xml.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
        try {
            xml.parse(new org.xml.sax.InputSource(sheet));
        } catch (SAXParseException e) {
            if (e.getException() instanceof RuntimeException r) {
                throw r;
            }
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new InputException(file + ": sheet " + handler.sheet() + " declares a"
                    + " DOCTYPE (external entities are refused): not a genuine export", e);
            }
            throw new InputException(file + ": sheet " + handler.sheet() + " is not valid XML at"
                + " line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            if (e.getException() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** A SAX reader that refuses DOCTYPEs outright: an inventory sheet never needs one. */
    static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd",
                false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        }
    }

    private InputException translate(Exception e) {
        String chain = causes(e);
        if (chain.contains("Zip bomb") || chain.contains("zip bomb")) {
            return new InputException(file + ": refused: a part of the workbook expands more than "
                + Math.round(1 / InventoryLimits.MIN_INFLATE_RATIO) + " times (a zip bomb?)", e);
        }
        if (chain.contains("max entry size") || chain.contains("exceeds the max")
                || chain.contains("Max entry size")) {
            return new InputException(file + ": refused: a part of the workbook is larger than "
                + (InventoryLimits.MAX_XLSX_ENTRY_BYTES >> 20) + " MB uncompressed", e);
        }
        if (chain.contains("DOCTYPE") || chain.contains("DTD")) {
            return new InputException(file + ": the workbook declares a DOCTYPE (external entities"
                + " are refused): not a genuine export", e);
        }
        return new InputException(file + ": cannot read the workbook: " + oneLine(e), e);
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 10_000; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
            if (t instanceof SAXException s && s.getException() != null && s.getException() != t) {
                all.append(s.getException().getMessage()).append(' ');
            }
        }
        return all.toString();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s*\\R\\s*", " ").trim();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
