package io.claimtrack.gateway.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.rest.Problems;

/**
 * Reads request bodies as they arrive, however they are sent (Content-Length or chunked): over the
 * limit is a 413 as soon as the limit is passed, and text that is not valid in its charset (UTF-8
 * unless the Content-Type says otherwise) is a 400, never silently repaired.
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    GatewayConfig config;

    public String text(InputStream body, MediaType type) {
        byte[] bytes = bytes(body);
        Charset charset = charset(type);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Problems.of(Response.Status.BAD_REQUEST, "request body is not valid " + charset.name());
        }
    }

    private byte[] bytes(InputStream body) {
        long limit = config.maxBodySize();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (body) {
            int read;
            while ((read = body.read(buffer)) != -1) {
                if (out.size() + (long) read > limit) {
                    throw Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "request body is larger than " + limit + " bytes");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
        return out.toByteArray();
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw Problems.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "charset " + name + " is not supported; send UTF-8");
        }
    }
}
