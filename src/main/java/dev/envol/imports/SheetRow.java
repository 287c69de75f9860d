package dev.envol.imports;

import java.util.List;

/**
 * One data row of an inventory table.
 *
 * @param number the row number a person sees: the spreadsheet row, or the CSV line of the record
 * @param cells  the cell texts in column order; missing trailing cells are simply absent
 */
record SheetRow(long number, List<String> cells) {
    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
