package io.claimtrack.ingest.support;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every RestAssured call of a test presents the test profile's service token, as the gateway does,
 * unless the test sets its own Authorization header. ServiceTokenTest checks the refusals.
 */
public class ServiceTokenForTests implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(AsGateway.class::isInstance)) {
            RestAssured.filters(new AsGateway(ConfigProvider.getConfig().getValue("claimtrack.service-token", String.class)));
        }
    }

    private record AsGateway(String token) implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
            if (!request.getHeaders().hasHeaderWithName(HttpHeaders.AUTHORIZATION)) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            return ctx.next(request, response);
        }
    }
}
