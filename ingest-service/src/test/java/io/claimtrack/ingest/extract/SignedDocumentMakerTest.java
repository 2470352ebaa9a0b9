package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Governor Marta Lindqvist has issued a memo closing the coastal beaches. According to the memo, ...": a document
 * speaks for its maker, and the one who signed or issued it made it.
 */
class SignedDocumentMakerTest {

    private static final String STORY = """
            Harrow beaches to close for the storm season

            Governor Marta Lindqvist has %s a memo closing the coastal beaches of Harrow Province \
            until October.

            According to the memo, kiosk owners must remove their stalls within ten days.

            "We would rather lose a summer month than a life," the harbour master, Ole Brandt, said.
            """;

    @Test
    void theSignedDocumentSpeaksForItsSigner() {
        assertSpeaker(extract(STORY.formatted("issued")), "kiosk owners must remove their stalls within ten days",
                "Marta Lindqvist");
    }

    @Test
    void aDocumentOnlyReadIsNotItsReadersWord() {
        // "has read a memo": the reader is no maker, so "the memo" keeps its own words.
        assertSpeaker(extract(STORY.formatted("read")), "kiosk owners must remove their stalls within ten days",
                "the memo");
    }

    @Test
    void aBodysOwnPublishedReportSpeaksForTheBody() {
        // "published its report": the body's own; "The report recommends" is the committee's recommendation.
        AnnotatedDocument doc = extract("""
                The Select Committee on Housing of the Parliament of Wendmoor today published its report on repairs \
                to social housing.

                The report recommends that councils share their repair records with tenants.
                """);
        assertSpeaker(doc, "councils share their repair records with tenants",
                "Select Committee on Housing of the Parliament of Wendmoor");
    }

    @Test
    void aReportAnotherPublishedKeepsItsOwnWords() {
        // "The Dunmore Courier published the report": a paper may print another's report, so no maker is given.
        AnnotatedDocument doc = extract("""
                The Dunmore Courier on Sunday published the report on repairs to social housing.

                The report recommends that councils share their repair records with tenants.
                """);
        assertSpeaker(doc, "councils share their repair records with tenants", "The report");
    }

    @Test
    void anInquiryReadAgainIsItsReportsMakers() {
        // "released her report ... The investigation found that:": the findings are the report's, so its maker's.
        AnnotatedDocument doc = extract("""
                Tarrin, 4 May 2035 - Harbour Commissioner Lidia Moreau today released her report Troubled Waters, on \
                the Port Authority's \
                handling of pilot licences.

                The investigation found that:
                - 40 pilots worked without a valid licence in 2034;
                - the Authority lost track of renewals for two years.
                """);
        assertSpeaker(doc, "40 pilots worked without a valid licence in 2034", "Lidia Moreau");
    }

    @Test
    void aDecisionOneSaidSomethingInWithAnArticleIsItsMakersLater() {
        // "said in a decision published Tuesday": one speaks through a document of one's own as through "its ruling".
        AnnotatedDocument doc = extract("""
                The Marvel Fair Trade Office approved the purchase of Tindra Rail by Oskel Freight on Tuesday.

                The Marvel Fair Trade Office said in a decision published Tuesday that the deal would have raised prices without conditions. Oskel will sell two depots to rivals, according to the decision.

                "We are pleased," said Oskel's chief executive, Dana Wroe.
                """);
        assertSpeaker(doc, "Oskel will sell two depots to rivals", "Marvel Fair Trade Office");
    }

    @Test
    void aBulletinFrontedBeforeItsMakersSayingIsItsMakersLater() {
        // "In its monthly bulletin, the centre said": the fronted document is the subject's as "said in its ruling" is.
        AnnotatedDocument doc = extract("""
                Cases of measles in Ostvia have risen to 140, the Ostvian Centre for Disease Control said on Monday.

                In its monthly bulletin, the centre said 30 new cases had been confirmed in May. Most patients are children under five who had not been vaccinated, the bulletin said.

                The centre's director, Pella Varro, urged parents to check their children's records.
                """);
        assertSpeaker(doc, "Most patients are children under five who had not been vaccinated", "Ostvian Centre for Disease Control");
    }

    @Test
    void aJointStatementTheSidesSpokeInIsTheirsFarBelow() {
        // "the two governments said in a joint statement" after a dateline and a clause: the joint statement read again
        // past other paragraphs is the two states', as the governments were resolved.
        AnnotatedDocument doc = extract("""
                Talks end in Pellavia

                VORSK, May 3 - Olvaria and Brenmark agreed on Tuesday to reopen their consulates, the two governments said in a joint statement.

                "It was a long day," Olvarian Foreign Minister Tamsin Orrek-Bale told reporters.

                Her counterpart, Ivo Delacroix-Mensah, said the ferry service would resume in June.

                The border between the two countries has been closed since 2031. Trade fell by half in the first year. \
                Farmers on both banks have lost markets, and smugglers took over the river crossings.

                A regional analyst, Pia Haldenfeld, said the deal was overdue.

                The ferry across the Olva was once the busiest in the region, carrying 40,000 passengers a year. Its old \
                terminal is now a warehouse. Local officials hope to reopen it by autumn, and a new timetable is being \
                drawn up. The dispute began with a shooting on the river, and talks stalled twice, in 2033 and 2035, \
                before Pellavia offered to host them. Fishing crews on the Olva have waited six years for the ferry \
                lanes to reopen, and the old customs houses on both banks have stood empty since the closure. A \
                museum of the river trade opened in one of them last spring; its curators collected photographs of \
                the ferries, the barges and the fairs that once lined the quays of both towns. Nobody expects the \
                trade to return quickly, but the first barges could sail before the harvest, and farmers on the \
                Olvarian bank have already booked space on them for their grain, their apples and their timber.

                The consulates will open by the end of August, the joint statement said.
                """);
        assertSpeaker(doc, "The consulates will open by the end of August", "Olvaria and Brenmark");
    }

    @Test
    void aRulingOneSaidSomethingInIsItsMakersLater() {
        // "said in its ruling that": the ruling read again after other paragraphs is still the tribunal's.
        AnnotatedDocument doc = extract("""
                Pelling Water Tribunal orders refund to 9,000 households

                The Pelling Water Tribunal ordered Brookmere Utilities on Friday to refund 9,000 households.

                The tribunal said in its ruling that the meters had been read "carelessly, for years".

                Brookmere said it would pay the refunds by June.

                Most of the overcharged homes were in the town's east ward, according to the ruling.
                """);
        assertSpeaker(doc, "Most of the overcharged homes were in the town's east ward", "Pelling Water Tribunal");
    }

    @Test
    void aLetterReadAfterSomeoneWroteToABodyIsTheWritersLetter() {
        AnnotatedDocument doc = extract("""
                Ferry board opens review of night crossings

                The review began in March, when a retired ferry captain wrote to the Ferry Board. The letter \
                stated that the crew had sailed twice without a working radar.
                """);
        assertSpeaker(doc, "the crew had sailed twice without a working radar", "a retired ferry captain");
    }

    /**
     * Round 60: one who says something "in a letter to" someone after the verb's object ("confirmed the firing of the
     * coach in a letter to parents") wrote the letter read next; a letter met only in passing stays its mention.
     */
    @Test
    void aLetterSomeoneSpokeInAfterTheObjectIsTheWritersLetter() {
        String text = """
                Westhollow coach fired over heat drill

                Superintendent Ilse Marrack-Odum confirmed the firing of the coach in a letter to parents Tuesday. The \
                letter said an outside review had found that the drill broke the district's heat rules.
                """;
        assertSpeaker(extract(text), "an outside review had found that the drill broke the district's heat rules", "Ilse Marrack-Odum");
        assertSpeaker(extract(text.replace("confirmed the firing of the coach in a letter to parents",
                "met the coach, a letter to parents in her bag")),
                "an outside review had found that the drill broke the district's heat rules", "The letter");
    }

    @Test
    void aLetterNoOneWasSaidToWriteKeepsItsMention() {
        AnnotatedDocument doc = extract("""
                Ferry board opens review of night crossings

                The review began in March, when a retired ferry captain spoke to the Ferry Board. The letter \
                stated that the crew had sailed twice without a working radar.
                """);
        assertSpeaker(doc, "the crew had sailed twice without a working radar", "The letter");
    }

    @Test
    void aBodyNamedWithItsAcronymReleasedTheReportWhoseInquiryFindsAfterIt() {
        // "The Marine Accident Board of Tessaly (MABT) today released its final report": the acronym is no part of the verb.
        AnnotatedDocument doc = extract("""
                LARNE, 4 May 2036 - The Marine Accident Board of Tessaly (MABT) today released its final report into \
                the grounding of the ferry Osprey near Cullin Point. The ferry was carrying 212 passengers.

                The investigation found that:

                - the officer on watch had fallen asleep;
                - the bridge alarm had been switched off.

                The report notes that the company's manuals were out of date.
                """);
        assertSpeaker(doc, "the officer on watch had fallen asleep", "Marine Accident Board of Tessaly");
        assertSpeaker(doc, "the company's manuals were out of date", "Marine Accident Board of Tessaly");
    }

    /** Issue 10, round 55: "signed Decree No. 88 "On ..."" names the document by its own name, head first. */
    @Test
    void aDocumentSignedUnderItsOwnNameSpeaksForItsSigner() {
        AnnotatedDocument doc = extract("""
                President of the Republic Oskar Lindqvist-Amari today signed Decree No. 88 "On the drought in the \
                southern provinces".

                The decree states that the drought has destroyed half of the harvest in four provinces.
                """);
        assertSpeaker(doc, "the drought has destroyed half of the harvest in four provinces", "Oskar Lindqvist-Amari");
    }

    /**
     * Round 56: "tabled her annual report" is the tabler's own report, and a release's dateline of a place in capitals
     * ("VELLBY - ") stands before the tabler; "The report found that:" and "according to the report" are hers.
     */
    @Test
    void aReportTabledAsOnesOwnSpeaksForTheTablerPastAPlacesDateline() {
        AnnotatedDocument doc = extract("""
                Office of the Water Ombudsman of Lunmark
                News release

                VELLBY - Water Ombudsman Sigrun Oyelowo-Dahl today tabled her annual report for 2037 in the Assembly.

                The report found that:

                - complaints about water meters rose by a fifth;
                - nine utilities answered complaints late.

                Two utilities have since changed their billing, according to the report.
                """);
        assertSpeaker(doc, "complaints about water meters rose by a fifth", "Sigrun Oyelowo-Dahl");
        assertSpeaker(doc, "Two utilities have since changed their billing", "Sigrun Oyelowo-Dahl");
    }

    /** Round 56: "tabled the report" may be another's report, as "published the report" may. */
    @Test
    void aReportTabledWithoutAPossessiveKeepsItsOwnWords() {
        AnnotatedDocument doc = extract("""
                The Speaker of the Assembly on Monday tabled the report on water meters.

                The report found that complaints about water meters rose by a fifth.
                """);
        assertSpeaker(doc, "complaints about water meters rose by a fifth", "The report");
    }

    /**
     * Round 56: "released its inquiry report": one document noun modifying another, the report is the head that "The
     * report" reads again, and "The inquiry" reads the report's work.
     */
    @Test
    void aCompoundReportReadAgainIsItsMakers() {
        AnnotatedDocument doc = extract("""
                The Rail Safety Office of Kelmark today released its inquiry report into signal failures on the coast line.

                The inquiry has established that twelve signals were never tested.

                The report says that the line's operator, Kestrel Rail, replaced four of them in May.
                """);
        assertSpeaker(doc, "twelve signals were never tested", "Rail Safety Office of Kelmark");
        assertSpeaker(doc, "the line's operator, Kestrel Rail, replaced four of them in May", "Rail Safety Office of Kelmark");
    }

    /**
     * Round 58: "lodged a written objection", "filed a petition": a filing speaks for the one who filed it, named in
     * apposition after a fronted date ("On Monday the losing candidate, Mr. X, filed").
     */
    @Test
    void aFilingReadAgainIsItsFilers() {
        AnnotatedDocument doc = extract("""
                Recount sought in Ostervik

                On Monday the losing candidate, Mr. Rudolf Ekwueme-Hart, filed a petition with the court. The petition \
                claims that 212 ballots were counted twice.

                On 3 May the Green Party candidate, Ms. Ilse Varnholt-Adeyemi, lodged a written objection with the \
                Board. The objection alleges that the count was closed early, and asks the Board to order a recount.
                """);
        assertSpeaker(doc, "212 ballots were counted twice", "Rudolf Ekwueme-Hart");
        assertSpeaker(doc, "the count was closed early", "Ilse Varnholt-Adeyemi");
        assertSpeaker(doc, "the Board to order a recount", "Ilse Varnholt-Adeyemi");
    }

    /** Round 58: a filing another person only read or received keeps its own words. */
    @Test
    void aFilingOnlyReceivedKeepsItsOwnWords() {
        AnnotatedDocument doc = extract("""
                On 3 May the Returning Officer, Ms. Ilse Varnholt-Adeyemi, received a written objection from a voter. \
                The objection alleges that the count was closed early.
                """);
        assertSpeaker(doc, "the count was closed early", "The objection");
    }

    /**
     * Round 60: "In a letter dated Feb. 2, the village's building inspector, X, told ..." makes X the letter's writer:
     * "according to the village's letter" below is hers (a dated or addressed letter with an article, the writer set
     * off by name after her title); a letter someone only received keeps its owner.
     */
    @Test
    void aLetterFrontedBeforeItsWritersTellingIsTheWritersLater() {
        AnnotatedDocument doc = extract("""
                In a letter dated Feb. 2, the village's building inspector, Tamsin Oduya-Reeve, told owner \
                Piet Marlow that the dock crane breaks a safety rule.

                Marlow said he would appeal. The crane weighs 40 tons, according to the village's letter.
                """);
        assertSpeaker(doc, "The crane weighs 40 tons", "Tamsin Oduya-Reeve");
        AnnotatedDocument received = extract("""
                In a letter dated Feb. 2, owner Piet Marlow received notice of a hearing.

                The crane weighs 40 tons, according to the village's letter.
                """);
        assertSpeaker(received, "The crane weighs 40 tons", "village");
    }
}
