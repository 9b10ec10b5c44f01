"""filter_boilerplate: site furniture goes, every sentence of the article stays."""

from __future__ import annotations

import pytest

from crosswire.clean.boilerplate import filter_boilerplate, is_boilerplate_line

LEAD = "Armed men raided the village of Testville on Monday night, killing two farmers, residents said."
SECOND = "Police said a search for the attackers was under way."


def kept(text: str) -> list[str]:
    return filter_boilerplate(text).lines


def with_article(*noise: str) -> str:
    """The noise lines placed between two article paragraphs."""
    return "\n\n".join([LEAD, *noise, SECOND])


# --- boilerplate that must go --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "noise",
    [
        # comment prompts
        "Leave a Reply",
        "Leave a comment",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Cancel reply",
        "3 Comments",
        # share prompts
        "Share this article",
        "Share on Facebook",
        "Share on WhatsApp",
        "Share via Email",
        "Tweet",
        "Print",
        "Click to share on Telegram (Opens in new window)",
        "Follow us on X and Instagram for the latest updates",
        # newsletter prompts
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter to get the headlines every morning",
        "Join our WhatsApp channel for breaking news",
        "Advertisement",
        # copyright lines
        "© 2026 Testville Herald. All rights reserved.",
        "Copyright 2026 Sahel Testwire Ltd",
        "(c) 2026 Example Media Group",
        "Example Media Group 2026. All Rights Reserved.",
        # navigation
        "Home | World | Sport",
        "Home » Africa » Nigeria",
        "News • Politics • Security • Business",
        # bylines
        "By Jane Doe",
        "By Jane Doe, Senior Correspondent",
        "By Staff Reporter | Some Outlet",
        "By Our Correspondent",
        "Posted by admin",
        "Published on: 5 November 2026",
        # links to other stories
        "Related Coverage Man killed in overnight Testville shooting identified",
        "+ 1 dead, 1 wounded in Testville park shooting",
    ],
)
def test_boilerplate_line_is_removed_and_article_kept(noise):
    result = filter_boilerplate(with_article(noise))

    assert result.lines == [LEAD, SECOND]
    assert result.removed == 1
    assert result.removed_lines == [noise]
    assert is_boilerplate_line(noise)


def test_comment_section_block_is_removed():
    result = filter_boilerplate(
        "\n".join(
            [
                LEAD,
                SECOND,
                "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "Comment",
                "Post Comment",
            ]
        )
    )

    assert result.lines == [LEAD, SECOND]
    assert result.removed == 4


def test_check_also_removes_header_teased_headline_and_excerpt():
    text = "\n\n".join(
        [
            LEAD,
            "Check Also",
            "Flooding displaces thousands in the river delta",
            "Heavy rains that began last week have forced families in several districts to leave their…",
            SECOND,
        ]
    )

    result = filter_boilerplate(text)

    assert result.lines == [LEAD, SECOND]
    assert result.removed == 3


def test_check_also_with_three_dot_excerpt_on_adjacent_lines():
    text = "\n".join(
        [
            LEAD,
            "Check Also:",
            "Governor visits wounded in hospital",
            "The governor on Tuesday visited victims of the weekend attack and promised...",
            SECOND,
        ]
    )

    assert kept(text) == [LEAD, SECOND]


def test_check_also_does_not_swallow_a_full_article_sentence_after_the_headline():
    """Only the headline and a cut-off excerpt belong to the teaser; a complete sentence is article text."""
    text = "\n\n".join([LEAD, "Check Also", "Governor visits wounded in hospital", SECOND])

    assert kept(text) == [LEAD, SECOND]


DISCLAIMER = (
    "Legal Disclaimer:\n"
    "ACME Wire provides the\n"
    "information “as is” without warranty of any kind. We do not accept\n"
    "any responsibility or liability for the accuracy, content, images,\n"
    "videos, licenses, completeness, legality, or reliability of the information\n"
    "contained in this article. If you have any complaints or copyright\n"
    "issues related to this article, kindly contact the provider above."
)


def test_hard_wrapped_legal_disclaimer_is_removed_and_names_the_provider():
    result = filter_boilerplate(with_article(DISCLAIMER))

    assert result.lines == [LEAD, SECOND]
    assert result.removed == len(DISCLAIMER.splitlines())
    assert result.provider == "ACME Wire"


def test_disclaimer_at_the_end_without_blank_line_before_it():
    result = filter_boilerplate(LEAD + "\n" + SECOND + "\n" + DISCLAIMER + "\n")

    assert result.lines == [LEAD, SECOND]
    assert result.provider == "ACME Wire"


def test_article_after_a_disclaimer_that_closes_with_contact_the_provider_is_kept():
    """The disclaimer's closing sentence ends it even when the next paragraph follows on the next line."""
    result = filter_boilerplate(DISCLAIMER + "\n" + LEAD + "\n" + SECOND)

    assert result.lines == [LEAD, SECOND]


def test_one_line_disclaimer_does_not_swallow_the_article():
    text = "Disclaimer: The views expressed in this article are the author's own.\n" + LEAD + "\n" + SECOND

    result = filter_boilerplate(text)

    assert result.lines == [LEAD, SECOND]


def test_no_provider_when_no_disclaimer():
    result = filter_boilerplate(with_article("Share this article"))
    assert result.provider is None


# --- article sentences that must stay ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday evening, the army had retaken the town.",
        "By then, most residents had fled to the regional capital.",
        "By Monday, 40 people had been arrested in connection with the riots.",
        "Related clashes broke out in two villages.",
        "Share prices fell 3% after the attack.",
        "Print and broadcast journalists were barred from the area.",
        "Email messages seen by reporters showed the convoy had been warned.",
        "Comments by the governor angered the protesters.",
        "Home owners said the soldiers set fire to their houses.",
        "Advertisement boards along the road were torched by the crowd.",
        "Source of the explosion remains unclear, police said.",
        "Follow-up raids led to three more arrests.",
        "Subscribers to the local radio station heard the gunfire live.",
        "Recommended safety measures were ignored, officials said.",
        "More from the scene: rescuers were still digging through the rubble at nightfall.",
    ],
)
def test_article_sentence_is_kept(sentence):
    result = filter_boilerplate(with_article(sentence))

    assert result.lines == [LEAD, sentence, SECOND]
    assert result.removed == 0
    assert not is_boilerplate_line(sentence)


def test_sentence_starting_with_by_and_holding_a_dash_is_kept():
    sentence = "By noon - three hours after the blast - rescuers had pulled 12 bodies from the rubble."
    assert kept(with_article(sentence)) == [LEAD, sentence, SECOND]


def test_sentence_starting_with_published_by_is_kept():
    sentence = "Published by the interior ministry on Monday, the list named 30 dead."
    assert kept(with_article(sentence)) == [LEAD, sentence, SECOND]


def test_sentence_starting_with_posted_by_is_kept():
    sentence = "Posted by the governor on Facebook, the video showed the burned market."
    assert kept(with_article(sentence)) == [LEAD, sentence, SECOND]


def test_lines_are_kept_in_order_and_stripped():
    text = "  First line of the story.  \r\n\r\n\tSecond line of the story.\r\nThird line of the story.\n"
    assert kept(text) == ["First line of the story.", "Second line of the story.", "Third line of the story."]


def test_headline_with_dash_attribution_is_not_a_menu():
    headline = "Gunmen kill five in Testville - police"
    assert not is_boilerplate_line(headline)
    assert kept(headline + "\n\n" + LEAD) == [headline, LEAD]
