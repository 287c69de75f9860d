package dev.envol.imports;

import java.util.List;

/** Receives an inventory table as it is streamed: the header first, then each data row. */
interface TableVisitor {
    void header(List<String> names);

    void row(SheetRow row);
}
