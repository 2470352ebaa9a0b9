package io.claimtrack.claims.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The gateway's X-Request-Id is kept, returned and on the log lines of the request; without one a new id is made. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class RequestIdsTest {

    private final List<String> idsLogged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext && ext.getMdc(RequestIds.MDC_KEY) != null) {
                idsLogged.add(ext.getMdc(RequestIds.MDC_KEY));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void theCallersIdIsReturnedAndLogged() {
        // A missing document is logged (problem logger), on a worker thread.
        given().header(RequestIds.HEADER, "gw-1234.abc").get("/documents/000000000000000000000000")
                .then().statusCode(404).header(RequestIds.HEADER, equalTo("gw-1234.abc"));
        assertTrue(idsLogged.contains("gw-1234.abc"), "log lines carry the request id: " + idsLogged);
    }

    @Test
    void withoutAnIdOrWithAForgedOneANewOneIsMade() {
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        given().get("/claims").then().statusCode(200).header(RequestIds.HEADER, matchesPattern(uuid));
        given().header(RequestIds.HEADER, "x\" level=ERROR msg=forged").get("/q/health/live")
                .then().statusCode(200).header(RequestIds.HEADER, matchesPattern(uuid));
    }
}
