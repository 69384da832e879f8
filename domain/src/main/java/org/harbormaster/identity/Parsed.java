package org.harbormaster.identity;

import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading a value from text: either the value, or the reason it is not one.
 * Parsers return this instead of throwing so that the API and the CSV import can report every
 * problem of a request or a row at once, each against its own field or column.
 */
public sealed interface Parsed<T> permits Parsed.Valid, Parsed.Invalid {

    /**
     * An accepted value. The component is named {@code result}: a record component {@code value} would
     * clash with {@link Parsed#value()}, which returns an {@code Optional}.
     */
    record Valid<T>(T result) implements Parsed<T> {
    }

    record Invalid<T>(String input, String reason) implements Parsed<T> {
    }

    static <T> Parsed<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Parsed<T> invalid(String input, String reason) {
        return new Invalid<>(input, reason);
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    /** The reason the input was rejected, or empty when it was accepted. */
    default Optional<String> problem() {
        return this instanceof Invalid<T> invalid ? Optional.of(invalid.reason()) : Optional.empty();
    }

    default Optional<T> value() {
        return this instanceof Valid<T> valid ? Optional.of(valid.result()) : Optional.empty();
    }

    default <U> Parsed<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Valid<T> valid) {
            return new Valid<>(mapper.apply(valid.result()));
        }
        Invalid<T> invalid = (Invalid<T>) this;
        return new Invalid<>(invalid.input(), invalid.reason());
    }

    /** The value; for code paths where invalid input is a programming error, not a user's mistake. */
    default T orElseThrow() {
        if (this instanceof Valid<T> valid) {
            return valid.result();
        }
        Invalid<T> invalid = (Invalid<T>) this;
        throw new InvalidValueException(invalid.input(), invalid.reason());
    }
}
