package dev.envol.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson's byte parser counts columns in bytes; people and editors count characters. Problems
 * are rare, so their columns are converted afterwards from the file's bytes rather than parsing
 * through a slower character decoder.
 */
final class CharacterColumns {
    private CharacterColumns() {
    }

    static List<Problem> convert(List<Problem> problems, byte[] content) {
        if (problems.isEmpty() || isAscii(content)) {
            return problems;
        }
        List<Problem> converted = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            int column = p.line() > 0 && p.column() > 1 ? column(content, p.line(), p.column())
                : p.column();
            converted.add(column == p.column() ? p : new Problem(p.severity(), p.code(),
                p.file(), p.path(), p.line(), column, p.message()));
        }
        return converted;
    }

    /** The 1-based character column of the 1-based byte column on a 1-based line. */
    private static int column(byte[] content, int line, int byteColumn) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            while (start < content.length && content[start] != '\n') {
                start++;
            }
            start++;
        }
        int length = Math.min(byteColumn - 1, Math.max(0, content.length - start));
        if (start >= content.length) {
            return byteColumn;
        }
        String before = new String(content, start, length, StandardCharsets.UTF_8);
        return before.codePointCount(0, before.length()) + 1;
    }

    private static boolean isAscii(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
