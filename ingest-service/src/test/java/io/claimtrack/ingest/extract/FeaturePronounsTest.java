package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A feature's pronouns go on with the person its paragraph is about: "According to his research," is his, and a new
 * paragraph that names one man in passing ("A cat has slept on the counter with Valdane-Osei since she was a kitten.
 * He says ...") is his, not the man quoted a paragraph above.
 */
class FeaturePronounsTest {

    private static final String BINDERY = """
            The last bookbinder on Quarry Street

            HOLLIS GAP — Every morning at seven, Gregor Valdane-Osei unlocks the green door of his bindery.

            Valdane-Osei, 74, has bound books on Quarry Street since 1973. "The paper tells you what it wants," he says.

            Tobias Merrow-Agyei, who chairs the town's heritage society, has spent the summer sorting old invoices from \
            the shop. According to his research, the bindery once employed eleven people.

            "Half the town had a book fixed here," he says.

            Anselm Kowalik-Reyes, a retired printer, drops by on Fridays. "He never hurries," he says.

            A cat named Button has slept on the counter every day with Valdane-Osei since she was a kitten. He says she \
            will come home with him on Friday.
            """;

    @Test
    void accordingToHisResearchIsHis() {
        AnnotatedDocument doc = extract(BINDERY);
        assertSpeaker(doc, "the bindery once employed eleven people", "Tobias Merrow-Agyei");
        assertSpeaker(doc, "\"Half the town had a book fixed here,\"", "Tobias Merrow-Agyei");
    }

    @Test
    void hisReportStaysADocument() {
        AnnotatedDocument doc = extract(BINDERY.replace("According to his research", "According to his report"));
        assertSpeaker(doc, "the bindery once employed eleven people", "his report");
    }

    @Test
    void aParagraphNamingOneManInPassingGoesOnWithHim() {
        assertSpeaker(extract(BINDERY), "she will come home with him on Friday", "Gregor Valdane-Osei");
    }

    @Test
    void aPronounBeforeTheNameOrTwoWomenNamedLeaveTheLastSpeaker() {
        AnnotatedDocument doc = extract("""
                The glassblower of Tern Point

                Ivo Radescu-Mbatha has blown glass in the same shed for 41 years. "The furnace never sleeps," he says.

                Born in Calder in 1961, he came to Tern Point at 17 to work for a master named Olaf Brenneck-Tsai, who \
                made him sweep floors for a year. "I hated him for about a week," he recalls.

                Fenna Oduya-Lisk, a potter, opened her studio next door in 2015. "He taught me to respect heat," she says.

                Ms. Oduya-Lisk and Ms. Harrow-Quaye have not always agreed. Last year, the council backed a plan to sell \
                the sheds. She said then that the sale was a mistake.
                """);
        assertSpeaker(doc, "\"I hated him for about a week,\"", "Ivo Radescu-Mbatha");
        assertSpeaker(doc, "the sale was a mistake", "Fenna Oduya-Lisk");
    }
}
