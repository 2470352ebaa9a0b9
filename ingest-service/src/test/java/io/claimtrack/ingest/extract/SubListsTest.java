package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lead-in's list with a sub-list: the point that opens it and its lettered items. */
class SubListsTest {

    @Test
    void aPointOpeningALetteredSubListIsSaidAndSoIsEachItem() {
        AnnotatedDocument doc = extract("""
                Minister Brask meets the fishing industry

                On 3 March, Minister of Fisheries Ivo Brask met representatives of the fishing industry in Kelm.

                The Minister stressed:

                - the government will keep the fuel subsidy in place until the end of the year;
                - support for the coastal fleet will be increased in two areas:
                  a) the renewal of vessels older than thirty years;
                  b) the training of young crews in the northern ports.
                """);

        assertEquals(List.of(
                "Ivo Brask | the government will keep the fuel subsidy in place until the end of the year | stressed | indirect",
                "Ivo Brask | support for the coastal fleet will be increased in two areas: | stressed | indirect",
                "Ivo Brask | the renewal of vessels older than thirty years | stressed | indirect",
                "Ivo Brask | the training of young crews in the northern ports | stressed | indirect"), statements(doc));
    }

    @Test
    void aPointWithItsOwnCueBeforeTheColonLeadsItsSubListAndSaysNothingItself() {
        AnnotatedDocument doc = extract("""
                Talks in Kelm

                On 3 March, Minister Ivo Brask reported on the talks in Kelm:

                - on the fisheries, Ostria proposed:
                  (a) a joint register of vessels;
                  (b) a common quota for the northern waters.
                """);

        assertEquals(List.of("a joint register of vessels", "a common quota for the northern waters"),
                statements(doc).stream().map(line -> line.split(" \\| ")[1]).toList());
    }
}
