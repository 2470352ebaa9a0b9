package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: who speaks in North American newspaper articles (obituaries, profiles, city hall),
 * each phenomenon of set U's newspapers and of A-T's tried on invented text.
 */
class NewspaperPeopleTest {

    /**
     * An unnamed person of no known gender who speaks in passing ("A deputy mayor, or a union president, ... tells X")
     * does not take the "she" of the woman the profile is about, whom that sentence names.
     */
    @Test
    void aPasserByGivesThePronounUpToTheProfilesSubject() {
        AnnotatedDocument doc = extract("""
                'I am nobody's fool in that hall'

                For 40 years, Margarethe Olsvik-Tandry has calmed the meetings no one else could. Now the city's \
                best-known fixer is leaving.

                By Perrin Ashcombe
                Courier Staff

                The phone rings before dawn, and it usually goes the same way. A deputy mayor, or a union president, or \
                sometimes both at once, tells Margarethe Olsvik-Tandry that the hearing is off.

                "Nothing is ever off," she says. "People are tired, that is all."

                Olsvik-Tandry, 66, grew up above her father's hardware store. Olsvik-Tandry says she learned to listen \
                there.
                """);
        assertSpeaker(doc, "\"Nothing is ever off,\"", "Margarethe Olsvik-Tandry");
        assertSpeaker(doc, "\"People are tired, that is all.\"", "Margarethe Olsvik-Tandry");
    }

    /** A passer-by whose sentence names someone other than the profile's subject keeps the pronoun. */
    @Test
    void aPasserByKeepsThePronounWhenItsSentenceNamesSomeoneElse() {
        AnnotatedDocument doc = extract("""
                Fixer steps back

                By Perrin Ashcombe

                Margarethe Olsvik-Tandry has calmed more meetings than anyone. Olsvik-Tandry, 66, is retiring. \
                Olsvik-Tandry says she will miss it.

                A deputy mayor tells Ines Brandt that the hearing is off.

                "Nothing is ever off," she says.
                """);
        assertSpeaker(doc, "\"Nothing is ever off,\"", "A deputy mayor");
    }

    /**
     * "..., and, by his own count, 'about six thousand' clocks": a count set off by commas inside the sentence is the
     * owner's statement, as one opening it is; the obituary's subject then takes the "he recalled" below.
     */
    @Test
    void aCountSetOffInsideTheSentenceIsTheOwnersStatement() {
        AnnotatedDocument doc = extract("""
                Tobias Wendrake-Osei, who kept Harwick's clocks running for 40 years, dies at 88

                By Lena Marchbrook

                For four decades, if a clock in Harwick kept time, Tobias Wendrake-Osei had probably touched it.

                He wound the tower clock at the town hall every Sunday from 1970 until last winter, the clocks in every \
                fire hall in the county, and, by his own count, "about six thousand" mantel clocks in kitchens and parlours.

                Mr. Wendrake-Osei died Nov. 3 at his home after a short illness, his daughter, Ilse Wendrake, said. He \
                was 88.

                "He could hear a clock losing a second from across the house," she said. "My mother hated it."

                Raised in Dunmere, he came to Harwick at 17 to work for a Swiss-born repairman named Ulrich \
                Haldemann-Corvo, who, by family legend, would not let him open a watch for two years. "Mr. Haldemann told \
                me I had quick eyes and slow patience," he recalled in a 2009 interview. "He was right about the patience."
                """);
        assertSpeaker(doc, "\"about six thousand\" mantel clocks in kitchens and parlours", "Tobias Wendrake-Osei");
        assertSpeaker(doc, "\"Mr. Haldemann told me I had quick eyes and slow patience,\"", "Tobias Wendrake-Osei");
        assertSpeaker(doc, "\"He was right about the patience.\"", "Tobias Wendrake-Osei");
    }

    /** "Councillor X, who proposed the grant, called it ...": a motion named in a relative clause is background. */
    @Test
    void aMotionInARelativeClauseIsNoStatement() {
        AnnotatedDocument doc = extract("""
                Council backs grant for shop owners

                By Lena Marchbrook

                Councillor Odile Framsworth-Kay, who proposed the grant, called it "a first step" and said she would \
                ask for more.

                Councillor Abel Pruett proposed a second grant for farmers.
                """);
        assertFalse(contents(doc).contains("the grant"), contents(doc).toString());
        assertSpeaker(doc, "she would ask for more", "Odile Framsworth-Kay");
        assertSpeaker(doc, "a second grant for farmers", "Abel Pruett");
    }

    /**
     * "A 28-year-old delivery driver pleaded guilty" opening the lede brings in someone new: the person named after the
     * sentence, not the byline's writer or a road named in it.
     */
    @Test
    void anIndefiniteAgeIsThePersonNamedAfterItsSentence() {
        AnnotatedDocument doc = extract("""
                Driver pleads guilty in crash that killed jogger

                Jogger's father tells court 'there is a shoe by the door'; sentencing set for May

                By Wendell Ostrakova-Pym
                Courts Reporter

                DUNMERE — A 28-year-old delivery driver on Tuesday pleaded guilty to criminal negligence causing death \
                in the crash that killed a jogger on Harrow Road last June.

                Casimir Baldewijn-Oyo, of Dunmere, entered the pleas in Dunmere Superior Court.
                """);
        assertSpeaker(doc, "guilty to criminal negligence causing death in the crash that killed a jogger on Harrow Road "
                + "last June", "Casimir Baldewijn-Oyo");
    }

    /**
     * "'We are not finished,' coach says" in a deck: the quotation a named coach's statement below repeats word for word
     * is hers, though the story quotes two coaches and the deck's quotation has one uncommon word.
     */
    @Test
    void aDecksQuotationRepeatedBelowIsItsSpeakers() {
        AnnotatedDocument doc = extract("""
                Falcons rally past Otters to force Game 7

                Rookie Brandvold-Achebe scores twice; 'We are not finished,' coach says

                By Mira Castellane-Obi
                Sports Writer

                PELLBRIDGE — For two periods, the Pellbridge Falcons looked beaten. Then Oskar Brandvold-Achebe scored \
                twice in the third.

                Otters coach Piet Lanscombe-Ayo said his team had stopped skating. "We got comfortable," he said.

                "We are not finished. I told them that after the second period, and they believed me," Falcons coach \
                Henrike Valdez-Morrow said.
                """);
        // The clause before the semicolon is no part of the quotation's statement (round 60, bk12's and bm12's gold).
        assertSpeaker(doc, "'We are not finished,'", "Henrike Valdez-Morrow");
    }

    /**
     * "according to a report the building department released in March. Nine were ordered to close, the report said": a
     * maker named as the subject of a relative clause on its document speaks for it, and for "the report" after it.
     */
    @Test
    void aDocumentsMakerInARelativeClauseSpeaksForItAndItsRepeat() {
        AnnotatedDocument doc = extract("""
                Jury clears contractor in Pell Street roof collapse

                By Ines Marchetti-Oyo

                The city has since inspected 38 other rooftop decks, according to a report the building department \
                released in March. Nine were ordered to close, the report said.
                """);
        assertSpeaker(doc, "The city has since inspected 38 other rooftop decks", "the building department");
        assertSpeaker(doc, "Nine were ordered to close", "the building department");
    }

    /**
     * A follow-on "he said" after a sentence about another man ("a point that drew objections from Councillor X") is
     * his, not the last speaker's whose gender the text never gives.
     */
    @Test
    void aPronounGoesToTheManNamedSinceASpeakerOfNoKnownGender() {
        AnnotatedDocument doc = extract("""
                Council bans gas mowers by 2031

                By Lena Marchbrook

                Councillor Tobin Adewale-Strand, who voted against the bylaw, said the city was "using a hammer on a \
                fly." He argued that small crews could not afford new equipment.

                Several residents spoke in favour of the bylaw. Saffron Quellmore-Diaz, who lives near Ashgrove Park, \
                told council that crews started at 7 a.m. on Sundays.

                The bylaw does not apply to city crews until 2032, a point that drew objections from Councillor \
                Adewale-Strand. "If the city can't meet its own deadline, it should not set one for everyone else," he \
                said.
                """);
        assertSpeaker(doc, "\"If the city can't meet its own deadline, it should not set one for everyone else,\"",
                "Tobin Adewale-Strand");
    }

    /**
     * "company blames 'clerical errors'" in a deck over its chief executive's "a number of clerical errors": the deck's
     * bare role noun is the one the story quotes for it, the quotation's words outweighing the body the noun fits.
     */
    @Test
    void aDecksBodyNounIsThePersonWhoseStatementRepeatsItsQuotation() {
        AnnotatedDocument doc = extract("""
                Care agency billed province for visits that never happened, records show

                Former aides say they were told to sign time sheets early; company blames 'clerical errors'

                By Delia Oyewumi-Strand
                Beacon Investigations Team

                Brightwater Home Care, one of the largest home care providers in Ostley County, billed the province for \
                at least 2,100 visits that did not take place, according to records obtained by the Beacon.

                In a written response to questions, Brightwater's chief executive, Corwin Velasquez-Amadi, said the \
                company had found "a number of clerical errors" in an internal review and had repaid $150,000.
                """);
        assertSpeaker(doc, "'clerical errors'", "Corwin Velasquez-Amadi");
    }

    /** Words a headline's statement quotes from someone else ("prosecutors say he told one agent, '...'") stay its speaker's. */
    @Test
    void aQuotationInsideAHeadlinesStatementIsNotItsSpeakers() {
        AnnotatedDocument doc = extract("""
                Hacker pleads guilty, prosecutors say he told one agent, 'I'd say you did a good job'

                By Ola Brenn

                Marius Lazarescu, 44, pleaded guilty on Wednesday. "I'd say you did a good job," Lazarescu told an FBI \
                agent after his arrest, prosecutors said.
                """);
        assertSpeaker(doc, "he told one agent, 'I'd say you did a good job'", "prosecutors");
    }
}
