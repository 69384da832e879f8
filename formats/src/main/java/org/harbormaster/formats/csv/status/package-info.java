/**
 * Container status spreadsheets: the simple layout truckers send, and the export of a container-tracking
 * service, told apart by their header row and read into milestone events with every bad cell placed by
 * spreadsheet row and column.
 */
package org.harbormaster.formats.csv.status;
