/**
 * The exception engine in the server: after every change to a shipment (an event, a booking, a re-plan) its
 * rules run against its latest prediction, and its exception cases ("alerts") are opened, updated and cleared;
 * the operators' work queue and their actions over HTTP.
 */
package org.harbormaster.server.exceptions;
