package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-eighth round: a scraped page of a spokesperson's answers, headed with a thing's name in quotation
 * marks (a ship, a film), and closed by a contact footer. The quoted name is no one who could answer; "Address:" is
 * no speaker.
 */
class ScrapedAnswersPageTest {

    private static final String PAGE = """
            Spokesperson Mira Tolvanen's answers to media questions concerning the detention of the trawler "Grey Petrel"

            Question: How does the ministry assess the detention of the trawler by the coast guard of Ostmark?

            Answer: We regard the detention as a breach of the fisheries agreement.

            Question: Will Vellmark recall its ambassador?

            Answer: No such decision has been taken.

            Address: 4 Quay Street, Kelmsby
            """;

    @Test
    void theAnswersAreTheSpokespersonsNotTheQuotedShips() {
        List<String> statements = statements(extract(PAGE));
        assertEquals("Mira Tolvanen | We regard the detention as a breach of the fisheries agreement | : | indirect",
                statements.get(statements.size() - 2));
        assertEquals("Mira Tolvanen | No such decision has been taken | : | indirect", statements.get(statements.size() - 1));
    }

    @Test
    void aQuotedNameAfterACommonNounIsNoPerson() {
        AnnotatedDocument doc = extract("The crew of the ferry \"Sea Lark\" said the engine had failed twice.");
        assertEquals(List.of(), doc.names.stream().filter(n -> n.text().equals("Sea Lark")).toList());
    }
}
