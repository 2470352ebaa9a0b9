package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-seventh round: a newspaper's deck under the headline holds two clauses joined by a semicolon, each
 * its own "X says Y" in headlinese (no article, one-word objects). The sentences are invented.
 */
class HeadlineDecksTest {

    private static final String BYLINE = "\n\nBy Anna Lie\n\nTOLVIK — The crews walked out on Monday morning.\n";

    /** The semicolon closes the first clause's quotation: the second clause's speaker does not take it. */
    @Test
    void aQuotationBeforeTheDecksSemicolonIsTheFirstClausesOnly() {
        assertMentions("Ferry strike enters its second day\n\n"
                + "Operator says its offer is 'the best on the coast'; union says crews can't wait any longer" + BYLINE,
                "Operator | its offer is 'the best on the coast' | says | mixed",
                "union | crews can't wait any longer | says | indirect");
    }

    /**
     * "City says": headlinese's singular subject without its article, though the story writes "the city"; the second
     * clause's plea ("traders ask for help") is a statement of its own ({@link PleaObject}).
     */
    @Test
    void aHeadlinesBareSingularSubjectSpeaksThoughTheStoryWritesItInLowerCase() {
        assertMentions("Storm closes the harbour pier\n\n"
                + "City says repairs could take a week; traders ask for help\n\n"
                + "By Anna Lie\n\nTOLVIK — The pier closed on Monday after the storm. Nils Berg noted that the city had "
                + "set money aside for repairs.\n",
                "City | repairs could take a week | says | indirect",
                "traders | help | ask | indirect",
                "Nils Berg | the city had set money aside for repairs | noted | indirect");
    }

    /** A headline's one lower-case word after its cue is the whole object; a capitalised one names the one warned. */
    @Test
    void aHeadlinesOneWordObjectIsAStatement() {
        assertMentions("Dock workers walk out as talks collapse; farmers warn of shortages" + BYLINE,
                "farmers | shortages | warn of | indirect");
        assertMentions("Harbour chief blames weather" + BYLINE, "Harbour chief | weather | blames | indirect");
        assertEquals(List.of(), mentions(attribute("Senator warns Congress" + BYLINE)));
        // A paragraph in brackets ends with a period: no headline, whatever its block.
        assertFalse(contents(attribute("(Holm met the port's owners and councillors, like Ola Berg, who had condemned "
                + "gambling. ''Families'' are ''not out to ban fun,'' he said.)\n")).contains("gambling"));
    }

    /** A wire deck's bullet is headlinese too: "* Bank holds rates, says ..." is the bank's second verb. */
    @Test
    void aDecksBulletJoinsItsSubjectsVerbsWithAComma() {
        assertMentions("Markets wrap: Tolvik stocks rise\n\n"
                + "* Tolvian central bank holds rates, says tightening 'has done its job'\n\n"
                + "* Harbour stocks up 0.4%, shipping leads" + BYLINE,
                "Tolvian central bank | tightening 'has done its job' | says | mixed");
    }

    /**
     * "Tenants vow appeal": after a verb of commitment, a cue word that says only in a longer phrase ("appeal for") is
     * the act promised, so the verb stays a verb. An intent ("Parents plan appeal") is left as it was, and a cue noun
     * before a plain verb of saying is still that verb's subject.
     */
    @Test
    void aCommitmentsObjectThatIsACueWordInAPhraseIsTheDecksObject() {
        assertMentions("Mill closure upheld by court\n\nTenants vow appeal" + BYLINE, "Tenants | appeal | vow | indirect");
        assertMentions("Mill closure upheld by court\n\nAngry tenants plan appeal" + BYLINE);
        assertMentions("A draft memo said the pier was unsafe.\n", "A draft memo | the pier was unsafe | said | indirect");
    }

    /** "apologizes for" is a cue with its noun object, as "expressed regret"; the "telling" inside that object is none. */
    @Test
    void aDecksApologyIsAStatementWithItsObject() {
        assertMentions("Chief apologizes for delay in warning residents" + BYLINE,
                "Chief | delay in warning residents | apologizes for | indirect");
    }

    /**
     * Round 50: the second clause's bare noun says in the present, headline grammar whatever the noun, though no word
     * list holds "quarry" or "brewer" as a speaker; a paragraph's clause after a semicolon is prose, no deck.
     */
    @Test
    void aDecksSecondClauseSpeaksWithANounNoListHolds() {
        assertMentions("Harbour pool to shut for the winter\n\n"
                + "Swimmers lose their only indoor lanes; quarry says blasting will stop by March" + BYLINE,
                "quarry | blasting will stop by March | says | indirect");
        assertMentions("Tolvik brewery to close\n\nSixty jobs go in June; brewer says costs doubled" + BYLINE,
                "brewer | costs doubled | says | indirect");
        assertMentions("The pool is cold; quarry says nothing about it.");
    }

    /**
     * Round 60: a headline's bare lower-case noun after a comma, its verb closing the clause, speaks as after a
     * semicolon ("Pool will close, city says"); in prose, or with words after the verb, it is no such clause.
     */
    @Test
    void aHeadlinesClosingBareNounAfterACommaSpeaks() {
        assertMentions("Ferry dock's old crane must go, village says; owner vows appeal" + BYLINE,
                "village | Ferry dock's old crane must go | says | indirect", "owner | appeal | vows | indirect");
        assertMentions("Holmwick's only library will close for the winter, town says" + BYLINE,
                "town | Holmwick's only library will close for the winter | says | indirect");
        assertMentions("The crane is old, village says goodbye to it.");
    }

    /**
     * Round 60, bprest: a headline's bare noun after a comma's "as" says what follows its verb.
     */
    @Test
    void aHeadlinesBareNounAfterACommasAsSpeaks() {
        assertMentions("Crews fell old elm despite walkers' pleas, as town says tree was 'unsafe'" + BYLINE,
                "town | tree was 'unsafe' | says | mixed");
    }

    /** Round 56: a trust is a body ("Fans' trust says" in a deck's bullet, "the trust said" below). */
    @Test
    void aTrustSpeaksInADecksBullet() {
        assertMentions("Rovers agree to sale to Gulf fund\n\n"
                + "- Fans' trust says sale puts the club's ground at risk\n\n"
                + "By Anna Lie\n\nTOLVIK — The fans' trust said the ground had been the club's home since 1911.\n",
                "trust | sale puts the club's ground at risk | says | indirect",
                "The fans' trust | the ground had been the club's home since 1911 | said | indirect");
    }

    /**
     * Round 60: a deck's quotation before "vendor says" or "farmer says" is the one person quoted below who says it: a
     * vendor and a farmer are occupations news names people by, as a nurse is.
     */
    @Test
    void aDecksVendorOrFarmerIsThePersonQuotedBelow() {
        AnnotatedDocument doc = Pipeline.extract("""
                Council bans food trucks from Quay Park

                'We were never asked,' vendor says; ban takes effect in June

                By Anna Lie

                MARLOW — The town council voted Tuesday to ban food trucks from the park.

                Edda Pranic-Hale, who has run a taco truck in the park for six years, said she earned most of her \
                income there. "We were never asked," she said.
                """);
        Pipeline.assertSpeaker(doc, "'We were never asked,'", "Edda Pranic-Hale");
        assertMentions("Levy to rise by a third\n\nLevy will ruin the harvest, farmer says" + BYLINE,
                "farmer | Levy will ruin the harvest | says | indirect");
    }
}
