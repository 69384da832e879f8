package org.harbormaster.server.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.server.shipments.ShipmentNotFoundException;
import org.harbormaster.server.shipments.ShipmentRepository.InvalidCursorException;
import org.harbormaster.server.shipments.StaleShipmentException;
import org.harbormaster.shipment.FieldProblem;
import org.harbormaster.shipment.InvalidShipmentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error as RFC 9457 problem JSON. Invalid input is a 400 that names each bad field in an
 * {@code errors} array of {@code {field, reason}}; an unexpected failure is a 500 with an incident id that
 * is also in the log, and never a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(InvalidShipmentException.class)
    ResponseEntity<ProblemDetail> invalidShipment(InvalidShipmentException e) {
        boolean stateConflict = e.problems().stream().allMatch(p -> p.field().equals("status"));
        if (stateConflict) {
            return problem(HttpStatus.CONFLICT, "Shipment state does not allow this", e.problems().get(0).reason(),
                    e.problems());
        }
        return invalid(e.problems());
    }

    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<ProblemDetail> invalidCursor(InvalidCursorException e) {
        return invalid(List.of(new FieldProblem("cursor", e.getMessage())));
    }

    @ExceptionHandler(ShipmentNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ShipmentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Shipment not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(org.harbormaster.server.exceptions.AlertNotFoundException.class)
    ResponseEntity<ProblemDetail> alertNotFound(org.harbormaster.server.exceptions.AlertNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Exception case not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(org.harbormaster.server.exceptions.AlertConflictException.class)
    ResponseEntity<ProblemDetail> alertConflict(org.harbormaster.server.exceptions.AlertConflictException e) {
        return problem(HttpStatus.CONFLICT, "Exception case state does not allow this", e.getMessage(), List.of());
    }

    @ExceptionHandler(StaleShipmentException.class)
    ResponseEntity<ProblemDetail> stale(StaleShipmentException e) {
        return problem(HttpStatus.CONFLICT, "Shipment changed since it was read", e.getMessage(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error, incident {}", incident, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "Something went wrong on our side; quote incident " + incident + " when reporting it.", List.of());
    }

    /** Malformed JSON, a wrong type or an unknown field: name the field by its JSON path. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        FieldProblem problem;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem = new FieldProblem(path(unknown), "is not a known field");
        } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType());
            problem = new FieldProblem(path(mismatch), "has the wrong type: expected " + expected);
        } else if (cause instanceof JacksonException json) {
            var where = json.getLocation();
            problem = new FieldProblem("body", "is not valid JSON" + (where == null ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
        } else {
            problem = new FieldProblem("body", "is missing or unreadable");
        }
        return new ResponseEntity<>(body(HttpStatus.BAD_REQUEST, "Invalid request",
                problem.field() + " " + problem.reason(), List.of(problem)), problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
        String detail = problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).reason()
                : problems.size() + " fields are invalid";
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, problems);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
                                                         List<FieldProblem> problems) {
        return new ResponseEntity<>(body(status, title, detail, problems), problemHeaders(), status);
    }

    private static ProblemDetail body(HttpStatus status, String title, String detail, List<FieldProblem> problems) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(java.net.URI.create("about:blank"));
        body.setTitle(title);
        if (!problems.isEmpty()) {
            body.setProperty("errors", problems.stream()
                    .map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
        }
        return body;
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }
}
