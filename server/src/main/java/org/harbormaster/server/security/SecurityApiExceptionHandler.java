package org.harbormaster.server.security;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems for the user and token endpoints. A 400 lists what is wrong in
 * {@code errors: [{field, reason}]}, the same shape the rest of the API uses.
 */
// Ahead of the API-wide handler, which would otherwise answer for these controllers too.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {UserController.class, ApiTokenController.class})
class SecurityApiExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    /** One entry of {@code errors}: which field, and what is wrong with it. */
    record FieldProblem(String field, String reason) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidRequest(MethodArgumentNotValidException invalid) {
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(SecurityApiExceptionHandler::fieldProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return invalid(errors);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException invalid) {
        return invalid(List.of(new FieldProblem(invalid.field(), invalid.reason())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return invalid(List.of(new FieldProblem("body", "is not valid JSON for this request")));
    }

    @ExceptionHandler(UserService.UsernameTakenException.class)
    ProblemDetail usernameTaken(UserService.UsernameTakenException taken) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Username taken", taken.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem("username", "is already taken")));
        return problem;
    }

    @ExceptionHandler(ApiTokenService.ApiTokenNotFoundException.class)
    ProblemDetail tokenNotFound(ApiTokenService.ApiTokenNotFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, "API token not found", notFound.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, HttpStatus.FORBIDDEN.getReasonPhrase(), denied.getMessage());
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(),
                error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage());
    }

    /** A 400 worded like the API-wide handler's: title "Invalid request", detail naming the field. */
    private static ProblemDetail invalid(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).reason()
                : errors.size() + " fields are invalid";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        // Spring leaves "type" out when it is about:blank; clients can rely on it being present.
        problem.setType(ABOUT_BLANK);
        problem.setTitle(title);
        return problem;
    }
}
