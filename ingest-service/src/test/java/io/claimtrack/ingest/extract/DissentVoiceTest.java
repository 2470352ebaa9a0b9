package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issues 9 and 10: a dissent under its own heading speaks as the signers its first statement names. */
class DissentVoiceTest {

    @Test
    void aDissentsOurViewAndWeAreTheSignersItNamesFirst() {
        AnnotatedDocument doc = extract("""
                Legislative Assembly of Harrowmere
                Select Committee on Rural Broadband

                Third Report: Connecting the Upland Villages

                Recommendations

                The Committee recommends that the Government extend the fibre network to every upland village by 2045.

                Minority report of the Green members

                The Green members of the Committee, Ms. Ilse Thornbury-Achebe and Mr. Tomas Wendell-Okafor, support \
                the aim but not the date.

                In our view, the Committee has not weighed the cost of digging through protected moorland.

                We propose instead that the Government test radio links in two villages first.

                Government response

                We will reply within ninety days.
                """);

        assertEquals(List.of(
                "Committee | the Government extend the fibre network to every upland village by 2045 | recommends | indirect",
                "Ilse Thornbury-Achebe and Tomas Wendell-Okafor | the aim but not the date | support | indirect",
                "Ilse Thornbury-Achebe and Tomas Wendell-Okafor | the Committee has not weighed the cost of digging through "
                        + "protected moorland | In our view | indirect",
                "Ilse Thornbury-Achebe and Tomas Wendell-Okafor | the Government test radio links in two villages first "
                        + "| propose | indirect"),
                statements(doc));
    }

    @Test
    void outsideADissentOurViewIsNoStatement() {
        AnnotatedDocument doc = extract("""
                Why the upland villages can wait

                In our view, the fibre network should reach the towns first.

                Councillor Ada Rennick-Fole said the villages had waited long enough.
                """);

        assertEquals(List.of("Ada Rennick-Fole | the villages had waited long enough | said | indirect"), statements(doc));
    }
}
