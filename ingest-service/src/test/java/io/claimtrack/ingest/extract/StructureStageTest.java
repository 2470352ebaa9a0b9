package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.blocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureStageTest {

    private static AnnotatedDocument structure(String text) {
        return Pipeline.through(StructureStage.class, text, LocalDate.of(2025, 3, 5));
    }

    private static List<String> kinds(AnnotatedDocument doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks) {
            out.add(b.kind() + (b.kind() == Block.Kind.BULLET ? "/" + b.level() : ""));
        }
        return out;
    }

    @Test
    void twoApostrophesAfterASentenceEndCloseAQuotationInProse() {
        // Text typed without curly quotes: '' is a double quote; a paragraph ending in one is prose, not a subhead.
        AnnotatedDocument doc = structure("""
                Harbour board votes to dredge

                ''We cannot wait another winter,'' the chairwoman said. ''The boats are stuck.''

                Vera Holm of the fishermen's union asked: ''Who pays?''

                Dredging: 'Not before May.'
                """);
        assertEquals(List.of("HEADLINE", "PARAGRAPH", "PARAGRAPH", "HEADLINE"), kinds(doc));
    }

    @Test
    void aNumberedLeadInsNextPointAfterItsLetteredItemsIsNoItem() {
        AnnotatedDocument doc = structure("""
                Communique
                1. The delegations of Ardmark and Pellor met in Sorva.
                2. The parties resolved to work together in these areas:
                a) rail freight;
                b) water supply.
                3. The talks were held in a cordial atmosphere.
                """);
        assertEquals(List.of("HEADLINE", "PARAGRAPH", "PARAGRAPH", "BULLET/1", "BULLET/2", "PARAGRAPH"), kinds(doc));
    }

    @Test
    void itemsNumberedThemselvesUnderANumberedLeadInStayItems() {
        AnnotatedDocument doc = structure("""
                Communique
                2. The parties resolved to work together in these areas:
                1) rail freight;
                2) water supply;
                3) tourism.
                """);
        assertEquals(List.of("HEADLINE", "PARAGRAPH", "BULLET/1", "BULLET/1", "BULLET/1"), kinds(doc));
    }

    @Test
    void separatesProseFromTemplateMarkersTagLinesAndFurniture() {
        AnnotatedDocument doc = structure("""
                Harbour strike ends after two weeks
                {{related_stories}}
                Foreign policyJohn SmithMary Jones
                Port workers returned to the docks on Wednesday.

                Read more: Minister says strike cost millions
                Subscribe to our newsletter
                """);

        // The "Read more:" label is the page's; the headline after it is another article's teaser.
        assertEquals(List.of("HEADLINE", "NOISE", "NOISE", "PARAGRAPH", "HEADLINE", "NOISE"), kinds(doc));
        assertEquals(List.of("{{related_stories}}", "Foreign policyJohn SmithMary Jones", "Subscribe to our newsletter"),
                blocks(doc, Block.Kind.NOISE));
        assertEquals("Minister says strike cost millions", doc.blockText(4));
        assertEquals(0, doc.titleBlock);
    }

    /** Round 57: a furniture marker as a line's label is the page's however long its line ("SUBSCRIBE: ..."). */
    @Test
    void aMarkerLabellingALongLineIsFurniture() {
        AnnotatedDocument doc = structure("""
                Harbour strike ends after two weeks
                Port workers returned to the docks on Wednesday.
                SUBSCRIBE: Get the Harbour Daily digest in your inbox every single weekday morning.
                Subscribe to the rowing club's digest, the coach said when the season opened on the fjord.
                """);

        assertEquals(List.of("HEADLINE", "PARAGRAPH", "NOISE", "PARAGRAPH"), kinds(doc));
    }

    @Test
    void aTimeOrDateLabelIsFurnitureOnlyBeforeItsStamp() {
        AnnotatedDocument doc = structure("""
                Harbour strike ends after two weeks

                Updated: 03/12/2025 10:32
                Posted 5.12.2025
                Issued: 14 March 2040
                Time Out named the harbour its place of the year. The editor said readers had voted for it.
                Date night at the quay drew a crowd, the organisers said.
                Issued 40 fines on the quay, the harbour police said.
                """);

        assertEquals(List.of("HEADLINE", "NOISE", "NOISE", "NOISE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"), kinds(doc));
    }

    @Test
    void blocksAreTrimmedLinesWithOffsetsIntoTheText() {
        String text = "  Fares frozen for a year  \n\nThe council voted 9 to 4 in favour.\n";
        AnnotatedDocument doc = structure(text);

        assertEquals(2, doc.blocks.size());
        assertEquals(new Block(Block.Kind.HEADLINE, 2, 25, 0), doc.block(0));
        assertEquals("The council voted 9 to 4 in favour.", doc.blockText(1));
        assertEquals(text.indexOf("The council"), doc.block(1).start());
    }

    @Test
    void titleIsTheFirstNonNoiseBlockOnlyWhenItIsAHeadline() {
        assertEquals(1, structure("{{banner}}\nFerry service resumes\nThe ferry sailed at noon.").titleBlock);
        assertEquals(-1, structure("The ferry sailed at noon.\nMore ferries are planned").titleBlock);
    }

    @Test
    void bulletsSubBulletsAndNumberedItems() {
        AnnotatedDocument doc = structure("""
                The minister listed the measures:
                • Hospitals will get 400 new beds.
                • Waiting lists will be cut:
                – for hip surgery by half;
                – for cataracts by a third.
                2. Rural clinics will stay open.
                """);

        assertEquals(List.of("PARAGRAPH", "BULLET/1", "BULLET/1", "BULLET/2", "BULLET/2", "BULLET/1"), kinds(doc));
        // The marker is not part of the item.
        assertEquals(List.of("Hospitals will get 400 new beds.", "Waiting lists will be cut:",
                "for hip surgery by half;", "for cataracts by a third.", "Rural clinics will stay open."),
                blocks(doc, Block.Kind.BULLET));
    }

    @Test
    void numberedLineOutsideAListIsProseAndALoneDashItemIsTopLevel() {
        AnnotatedDocument doc = structure("""
                1. This line is ordinary prose.

                - A dash item on its own is a top-level item.
                """);

        assertEquals(List.of("PARAGRAPH", "BULLET/1"), kinds(doc));
        assertEquals("1. This line is ordinary prose.", doc.blockText(0));
    }

    @Test
    void wireDatelineGivesPlaceDateAndWire() {
        String text = "Ceasefire talks stall\nBRUSSELS, March 3. /Nordwire/. Envoys left the talks without a deal.";
        AnnotatedDocument doc = structure(text);

        Dateline d = doc.dateline;
        assertEquals("BRUSSELS", d.place());
        assertEquals(LocalDate.of(2025, 3, 3), d.date());
        assertEquals("Nordwire", d.wire());
        assertEquals("BRUSSELS, March 3. /Nordwire/. ", text.substring(d.start(), d.end()));
    }

    @Test
    void agencyDatelineGivesPlaceAndWireWithoutDate() {
        String text = "LONDON (Reuters) — The central bank kept rates on hold on Thursday.";
        Dateline d = structure(text).dateline;

        assertEquals("LONDON", d.place());
        assertNull(d.date());
        assertEquals("Reuters", d.wire());
        assertEquals("LONDON (Reuters) — ", text.substring(d.start(), d.end()));
    }

    @Test
    void agencyDatelineWithCountryAndDate() {
        Dateline d = structure("PORTLAND, Maine, Sept. 26 (AP) - The mill will close in spring.").dateline;

        assertEquals("PORTLAND, Maine", d.place());
        assertEquals(LocalDate.of(2025, 9, 26), d.date());
        assertEquals("AP", d.wire());
    }

    @Test
    void agencyDatelineWithTwoPlaces() {
        String text = "OSLO/BERGEN, Nov 30 (Nordwire) - The mill will close in spring.";

        assertEquals(new Dateline("OSLO/BERGEN", LocalDate.of(2025, 11, 30), "Nordwire", 0, text.indexOf("The")),
                structure(text).dateline);
    }

    @Test
    void agencyDatelineWithATitleCasePlaceOrADateAlone() {
        String text = "Port Alden (Nordwire) – The mill will close in spring.";
        Dateline d = structure(text).dateline;
        assertEquals("Port Alden", d.place());
        assertEquals("Nordwire", d.wire());
        assertEquals("Port Alden (Nordwire) – ", text.substring(d.start(), d.end()));

        Dateline dated = structure("Sept. 26 (Nordwire) - The mill will close in spring.").dateline;
        assertEquals("", dated.place());
        assertEquals(LocalDate.of(2025, 9, 26), dated.date());
        assertEquals("Nordwire", dated.wire());
    }

    @Test
    void noDatelineInOrdinaryProse() {
        assertNull(structure("Oslo said on March 3 that the port would reopen.").dateline);
    }

    @Test
    void tagLinesAreNoiseButGluedBrandNamesInHeadlinesAreNot() {
        AnnotatedDocument doc = structure("""
                Economy newsAnna Berg
                Harbour strikeJohn SmithMary Jones
                YouTube says it removed the videos
                WhatsApp to limit forwarding, ministry says
                PayPal and WhatsApp report outages
                """);

        assertEquals(List.of("NOISE", "NOISE", "HEADLINE", "HEADLINE", "HEADLINE"), kinds(doc));
    }

    @Test
    void linkLabelsAreNoiseWhateverFollowsTheColonAndAReadingLabelsTeaserIsARelatedHeadline() {
        AnnotatedDocument doc = structure("""
                READ MORE: Minister says the strike cost the port millions of dollars in lost trade this year
                WATCH: Mayor explains why the bridge will close for the whole of next summer
                Read also: Ferry fares to rise
                Watchdog says fares are too high
                Related charges were dropped, police said
                Comments by the minister angered the union
                Related stories
                Subscribe to our newsletter
                """);

        assertEquals(List.of("HEADLINE", "NOISE", "HEADLINE", "HEADLINE", "HEADLINE", "HEADLINE", "NOISE", "NOISE"),
                kinds(doc));
        assertEquals("Minister says the strike cost the port millions of dollars in lost trade this year", doc.blockText(0));
        assertEquals(true, doc.isRelated(0));
        assertEquals(false, doc.isRelated(3));
    }

    @Test
    void aShareBarIsNoiseAShareInProseIsNot() {
        AnnotatedDocument doc = structure("""
                Share  Tweet  Email  Copy link
                Share on Facebook  Share on X  Email  Print  32 Comments
                Share prices fell after the harbour board's report
                Share your story: email the newsroom
                """);

        assertEquals(List.of("NOISE", "NOISE", "HEADLINE", "HEADLINE"), kinds(doc));
    }

    @Test
    void aShareBarOfButtonsAloneIsNoiseTwoButtonWordsInProseAreNot() {
        AnnotatedDocument doc = structure("""
                Facebook  Twitter  WhatsApp  SMS  Email  Print  Save
                [Facebook] [X] [Email]
                Email the mayor
                Print and save
                [Print] the [Email] form
                """);

        assertEquals(List.of("NOISE", "NOISE", "HEADLINE", "HEADLINE", "HEADLINE"), kinds(doc));
    }

    @Test
    void captionsCreditsAndPullQuotesAreNoiseQuotedParagraphsAreNot() {
        AnnotatedDocument doc = structure("""
                The mayor opens the bridge in Oslo on May 3. REUTERS/Kari Nordmann
                Photo: City press office
                (Photo by Lena Holm/Getty Images)
                “We will not back down”
                “We will not back down,” the union leader said on Friday.
                “The talks are over. We go on strike on Monday.”
                “We have asked the county for the fuel money since March and we will keep asking until the crews are paid in full for every crossing”
                The poll by Reuters/Ipsos showed a tie
                Carlos Ruiz / Reuters.
                Jane Doe/AP
                """);

        assertEquals(List.of("NOISE", "NOISE", "NOISE", "NOISE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "HEADLINE",
                "NOISE", "NOISE"), kinds(doc));
    }

    /** A readout's caption in square brackets is the page's, whether its label opens it or credits the picture at its end. */
    @Test
    void aBracketedCaptionIsNoiseABracketedSentenceIsNot() {
        AnnotatedDocument doc = structure("""
                [Photo: Minister Ada Berg at the Vell ferry terminal]
                [Minister Ada Berg and Mayor Lena Brandt at the terminal. Photo: City press office]
                [Video: The minister's speech at the terminal]
                [The minister will speak at the terminal on Monday]
                """);

        assertEquals(List.of("NOISE", "NOISE", "NOISE", "HEADLINE"), kinds(doc));
    }

    @Test
    void aCreditIsFoundAtTheLineEndWhateverSlashesComeBefore() {
        AnnotatedDocument doc = structure("""
                The 24/7 crossing reopens on May 3. (AP Photo/Kari Nordmann)
                Ferry fares rose by 1/3 in May. NTB/Lena Holm
                Shared on 5/6 by the harbour office. Getty Images
                The harbour office bought the NORDBANK/Sparebank shares in May
                Fares rose in 2024NTB/Lena Holm
                """);

        assertEquals(List.of("NOISE", "NOISE", "NOISE", "HEADLINE", "HEADLINE"), kinds(doc));
    }

    @Test
    void anAgencyAfterTheSlashOfACreditIsCapitalised() {
        AnnotatedDocument doc = structure("""
                The ferry leaves Bodø at dawn. NTB/Émile Roy
                The ferry leaves Bodø at dawn. NTB/émile roy
                The ferry leaves Bodø at dawn. NTB/
                The ferry leaves Bodø at dawn. NTB Photo/Lena Holm)
                """);

        assertEquals(List.of("NOISE", "HEADLINE", "HEADLINE", "NOISE"), kinds(doc));
    }

    @Test
    void titleCaseSubheadsInQuotationMarksAreNoiseQuotedSpeechIsNot() {
        AnnotatedDocument doc = structure("""
                ‘Coal Isn’t the Villain.’
                'All Bets Are Off.'
                ‘We will be back next year.’
                ‘No. Never.’
                ‘Yes, Sir.’
                """);

        assertEquals(List.of("NOISE", "NOISE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"), kinds(doc));
    }

    @Test
    void runsOfAwardOrResultEntriesAreNoiseButDashHeadlinesAreNot() {
        AnnotatedDocument doc = structure("""
                Best Picture – Drama
                Best Actress in a Motion Picture – Musical or Comedy
                Best Director – Ana Ruiz
                Fares will stay frozen next year — transport ministry
                Ferries to sail again on Monday — port authority
                """);

        assertEquals(List.of("NOISE", "NOISE", "NOISE", "HEADLINE", "HEADLINE"), kinds(doc));
    }

    @Test
    void relatedRegionStartsAtATagLineOrRelatedHeaderAfterTheArticle() {
        AnnotatedDocument tagged = structure("""
                Harbour strike ends
                Port workers returned to the docks on Wednesday, the union said.
                Transport newsJohn SmithMary Jones
                Bridge to close for repairs — city council
                """);
        assertEquals(2, tagged.relatedFrom);
        assertEquals(false, tagged.isRelated(1));
        assertEquals(true, tagged.isRelated(3));

        AnnotatedDocument boxed = structure("""
                Port workers returned to the docks on Wednesday, the union said.
                Read also
                Ferry fares to rise, operator says
                """);
        assertEquals(1, boxed.relatedFrom);

        // A tag line above the article opens no related region.
        assertEquals(false, structure("Transport newsJohn Smith\nThe docks reopened, the union said.").isRelated(1));
    }

    @Test
    void aTeaserAfterItsLinkLabelIsAHeadlineOfTheRelatedRegionWhereverItStands() {
        AnnotatedDocument doc = structure("""
                Ferry service to resume
                The ferry will sail again on Monday, the port authority said.
                Related: Mayor Vera Lindahl says the bridge will reopen in May
                The authority did not give a reason for the delay.
                WATCH: Ferry crews test the new ramp
                """);
        assertEquals(List.of("HEADLINE", "PARAGRAPH", "HEADLINE", "PARAGRAPH", "NOISE"), kinds(doc));
        assertEquals("Mayor Vera Lindahl says the bridge will reopen in May", doc.blockText(2));
        assertEquals(true, doc.isRelated(2));
        assertEquals(false, doc.isRelated(3));
    }

    @Test
    void aReleasesKindHeadingAndItsFooterLabelsSayNothing() {
        // The heading names the issuer and the kind of text, the footer a contact and an annex: none is a statement.
        AnnotatedDocument doc = Pipeline.extract("""
                Kessling Fire Brigade - Media Release

                The station commander, Aldo Menzies, said the timber warehouse had been empty for a year.

                Media contact: Press Officer of the Kessling Fire Brigade

                Annex: copy of the building permit No. 44-C

                Enclosures: two site plans

                Media: press@kessling-fire.example
                """);
        assertEquals(List.of("Aldo Menzies | the timber warehouse had been empty for a year | said | indirect"),
                Pipeline.statements(doc));
    }

    @Test
    void aJudgmentsBracketedParagraphNumberIsNoPartOfItsSentence() {
        AnnotatedDocument doc = Pipeline.extract("""
                Reasons for Sentence

                [3] The oven caught fire on the night of May 2, 2031.

                [4] Counsel for the bakery, Ms. Odile Fairweather, submitted that a fine of $15,000 would be fit.

                [5] Tomas Brennick told the court that the oven had been inspected in May.
                """);
        assertEquals(List.of("Odile Fairweather | a fine of $15,000 would be fit | submitted | indirect",
                "Tomas Brennick | the oven had been inspected in May | told | indirect"), Pipeline.statements(doc));
        assertEquals(List.of("HEADLINE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"), kinds(doc));
    }

    @Test
    void aDashedHeadlineSignedByABodyAndAContactSentenceStayProse() {
        AnnotatedDocument doc = Pipeline.extract("""
                Tram fares will rise in April - Norrby transit board

                Contact with the crew was lost at noon, the coastguard said.
                """);
        assertEquals(List.of("Norrby transit board | Tram fares will rise in April |  | indirect",
                "the coastguard | Contact with the crew was lost at noon | said | indirect"), Pipeline.statements(doc));
    }

    @Test
    void aRelatedTeaserSaysWhatItsHeadlineSaysAndALabelAloneSaysNothing() {
        AnnotatedDocument doc = Pipeline.extract("""
                Ferry service to resume on Monday

                The ferry to Holm Island will sail again on Monday, the port authority said in a statement.

                Related: Mayor Vera Lindahl says the bridge will reopen in May

                READ MORE: Where the island's ferries go in winter

                Read also: Ferry fares to rise in spring, operator warns
                """);
        assertEquals(List.of("The ferry to Holm Island will sail again on Monday", "the bridge will reopen in May",
                "Ferry fares to rise in spring"), Pipeline.contents(doc));
        assertEquals("main", doc.region(Pipeline.statement(doc, "The ferry to Holm Island will sail again on Monday").block));
        assertEquals("related", doc.region(Pipeline.statement(doc, "the bridge will reopen in May").block));
        assertEquals("related", doc.region(Pipeline.statement(doc, "Ferry fares to rise in spring").block));
    }

    /** Round 60: a "Most Read" item repeating the page's own headline links to the story itself: no teaser, no statement. */
    @Test
    void aMostReadItemRepeatingThePagesHeadlineSaysNothing() {
        AnnotatedDocument doc = Pipeline.extract("""
                Holmwick's only library will close for the winter, town says

                The Holmwick Library will stay closed until March, Town Manager Ebbe Sandoval-Kirk said Monday.

                Most Read
                1. Ferry fares to rise 8% in May, operator says
                2. Holmwick's only library will close for the winter, town says
                """);
        assertEquals(List.of("Holmwick's only library will close for the winter",
                "The Holmwick Library will stay closed until March", "Ferry fares to rise 8% in May"), Pipeline.contents(doc));
        assertEquals("related", doc.region(Pipeline.statement(doc, "Ferry fares to rise 8% in May").block));
    }

    @Test
    void monthNamesMatchByPrefixOfThreeLettersOrMoreInAnyCase() {
        // The names are looked up once, not per call; the matching rule stays the same.
        assertEquals(Month.JANUARY, StructureStage.parseMonth("Jan"));
        assertEquals(Month.SEPTEMBER, StructureStage.parseMonth("Sept"));
        assertEquals(Month.MARCH, StructureStage.parseMonth("MARCH"));
        assertEquals(Month.MAY, StructureStage.parseMonth("may"));
        assertNull(StructureStage.parseMonth("ju"));
        assertNull(StructureStage.parseMonth("Junes"));
        assertNull(StructureStage.parseMonth("minister"));
    }

    @Test
    void everyStartOfAMonthNameOfThreeLettersNamesThatMonth() {
        // One table of prefixes answers what a pass over the months did: "mar" and "may" part at the third letter.
        assertEquals(Month.MARCH, StructureStage.parseMonth("Mar"));
        assertEquals(Month.SEPTEMBER, StructureStage.parseMonth("septem"));
        assertEquals(Month.FEBRUARY, StructureStage.parseMonth("Februar"));
        assertEquals(Month.DECEMBER, StructureStage.parseMonth("DECEMBER"));
        assertEquals(Month.JUNE, StructureStage.parseMonth("jun"));
        assertEquals(Month.JULY, StructureStage.parseMonth("Jul"));
        assertNull(StructureStage.parseMonth("Ma"));
        assertNull(StructureStage.parseMonth("Septa"));
        assertNull(StructureStage.parseMonth(""));
    }

    /** Issue 10, round 57: a minutes' sub-item number ("4.2 ") is no part of the subject after it. */
    @Test
    void aMinutesSubItemNumberIsNoPartOfItsSentence() {
        AnnotatedDocument doc = Pipeline.extract("""
                Minutes of the Regular Meeting of the Pellam Library Board

                Present: Ingrid Sollway-Bhatt, Treasurer; Omar Feltcombe, Chair

                4. Reports

                4.2 The Treasurer reported that the audit was complete.

                4.3 Roof Repairs
                """);
        assertEquals(List.of("Ingrid Sollway-Bhatt | the audit was complete | reported | indirect"), Pipeline.statements(doc));
        assertEquals("The Treasurer reported that the audit was complete.", doc.text(doc.blocks.get(3).start(), doc.blocks.get(3).end()));
        assertEquals("4.3 Roof Repairs", doc.text(doc.blocks.get(4).start(), doc.blocks.get(4).end()));
    }
}
