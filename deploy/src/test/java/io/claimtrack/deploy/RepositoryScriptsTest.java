package io.claimtrack.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two commands of the README exist as documented and refer to files that exist. */
class RepositoryScriptsTest {

    private static final Path ROOT = Manifests.module().getParent();

    @Test
    void ciRunsExactlyTheReadmeTestCommand() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run"));
        assertTrue(readme.contains("./mvnw -B verify"), "README gives the test command");
        assertEquals("./mvnw -B verify", ci.get(ci.size() - 1).trim());
        assertTrue(ci.contains("set -euo pipefail"));
        assertTrue(Files.isExecutable(ROOT.resolve(".ci/run")) && Files.isExecutable(ROOT.resolve("run.sh")));
    }

    @Test
    void runShGivesEachStartANewServiceTokenAndKeepsTheInternalServicesOnLoopback() throws Exception {
        String run = Files.readString(ROOT.resolve("run.sh"));
        assertTrue(run.contains("SERVICE_TOKEN=\"$(od -An -N32 -tx1 /dev/urandom"), "run.sh generates a token per start");
        for (String service : List.of("claims-service", "ingest-service", "gateway")) {
            Matcher start = Pattern.compile("(?m)^start " + service + "\\b.*SERVICE_TOKEN=\"\\$SERVICE_TOKEN\"").matcher(
                    run.replace("\\\n", " "));
            assertTrue(start.find(), "run.sh passes the token to " + service);
        }
        assertTrue(run.contains("INGEST_HOST=\"${INGEST_HOST:-127.0.0.1}\"") && run.contains("CLAIMS_HOST=\"${CLAIMS_HOST:-127.0.0.1}\""),
                "internal services listen on loopback by default");
        assertTrue(run.contains("QUARKUS_HTTP_HOST=\"$INGEST_HOST\"") && run.contains("QUARKUS_HTTP_HOST=\"$CLAIMS_HOST\""));
    }

    @Test
    void runShIsValidBashAndItsExamplesPointAtExistingSamples() throws Exception {
        Process syntax = new ProcessBuilder("bash", "-n", ROOT.resolve("run.sh").toString()).redirectErrorStream(true).start();
        assertTrue(syntax.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, syntax.exitValue(), new String(syntax.getInputStream().readAllBytes()));
        Pattern sample = Pattern.compile("deploy/local/samples/[\\w.-]+\\.json");
        for (String file : List.of("run.sh", "README.md")) {
            Matcher m = sample.matcher(Files.readString(ROOT.resolve(file)).replace("$SAMPLES_DIR", "deploy/local/samples"));
            assertTrue(m.find(), file + " shows how to post a sample");
            do {
                assertTrue(Files.isRegularFile(ROOT.resolve(m.group())), file + " refers to a missing " + m.group());
            } while (m.find());
        }
    }
}
