package io.claimtrack.ingest.rest;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.BadRequestException;

/**
 * A JSON body whose values have the wrong type ({@code "text": ["a"]}, {@code "documents": "x"}, an array for the
 * body) is refused with the field and the JSON type it must be, in plain words, not the parser's sentence naming Java
 * types. The body is read again only when its extraction was refused, so an accepted one costs nothing more.
 */
final class BodyShapeProblems {

    private BodyShapeProblems() {
    }

    /** The extraction, or its 400 with the field and type named when the body is JSON of the wrong shape. */
    static <T> T explained(ObjectMapper json, byte[] body, Class<?> type, Supplier<T> extraction) {
        try {
            return extraction.get();
        } catch (BadRequestException refused) {
            String wrong = wrongShape(json, body, type);
            throw wrong == null ? refused : new BadRequestException(wrong);
        }
    }

    /** What is of the wrong JSON type in the body, or null: it is no JSON (the refusal says so) or of the right shape. */
    private static String wrongShape(ObjectMapper json, byte[] body, Class<?> type) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            return null;
        }
        try {
            json.treeToValue(tree, type);
            return null;
        } catch (MismatchedInputException e) {
            return detail(e, tree);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** "documents[1].text must be a string, not a number", or "the body must be a JSON object, not a list". */
    static String detail(MismatchedInputException e, JsonNode body) {
        String field = field(e);
        String found = found(at(body, e.getPath()));
        return (field.isEmpty() ? "the body must be a JSON object" : field + " must be " + shape(e.getTargetType()))
                + (found == null ? "" : ", not " + found) + "; nothing was extracted";
    }

    private static String field(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            } else if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            }
        }
        return field.toString();
    }

    private static String shape(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** The value the path leads to in the body (a missing node when it leads nowhere). */
    private static JsonNode at(JsonNode body, List<JsonMappingException.Reference> path) {
        JsonNode node = body;
        for (JsonMappingException.Reference step : path) {
            node = step.getIndex() >= 0 ? node.path(step.getIndex()) : node.path(step.getFieldName());
        }
        return node;
    }

    private static String found(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> null;
        };
    }
}
