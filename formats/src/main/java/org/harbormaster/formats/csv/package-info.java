/**
 * The shipment import CSV: one spreadsheet row per booking, read into shipments whose plans are drafted
 * from a template, with every bad cell reported by spreadsheet row and column.
 */
package org.harbormaster.formats.csv;
