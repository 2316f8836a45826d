from collections import Counter

from django.db.models import Count
from django.utils.text import get_text_list
from django.utils.translation import pgettext
from django.views.generic import DetailView, ListView

from core import languages
from core.translations import by_name, named_in, shown_in
from core.views import TranslatedDetailMixin

from .models import Chairpersonship, ParticipatingState


class ParticipatingStateListView(ListView):
    template_name = "countries/participating_state_list.html"
    context_object_name = "states"

    def get_queryset(self):
        language = languages.active()
        states = ParticipatingState.objects.in_language(language).with_translations(language)
        return by_name(shown_in(states, language), language)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        states = list(context["states"])
        kinds = ParticipatingState.Kind
        context["participating_states"] = [s for s in states if s.kind == kinds.PARTICIPATING]
        context["asian_partners"] = [s for s in states if s.kind == kinds.ASIAN_PARTNER]
        context["mediterranean_partners"] = [
            s for s in states if s.kind == kinds.MEDITERRANEAN_PARTNER
        ]
        # The sentence says how many there are, named in this language or not yet.
        counts = dict.fromkeys(kinds, 0)
        if languages.active() == languages.SOURCE_LANGUAGE:
            counts.update(Counter(state.kind for state in states))
        else:
            counts.update(ParticipatingState.objects.values_list("kind").annotate(Count("pk")))
        context["state_count"] = counts[kinds.PARTICIPATING]
        context["partner_count"] = counts[kinds.ASIAN_PARTNER] + counts[kinds.MEDITERRANEAN_PARTNER]
        context["listed_count"] = sum(counts.values())
        chair = Chairpersonship.objects.current()
        shown = next((s for s in states if chair and s.pk == chair.state_id), None)
        if shown is not None:
            chair.state = shown  # the banner names the chairing State as the list does
        context["chairpersonship"] = chair
        return context


class ParticipatingStateDetailView(TranslatedDetailMixin, DetailView):
    model = ParticipatingState
    template_name = "countries/participating_state_detail.html"
    context_object_name = "state"

    def get_queryset(self):
        return ParticipatingState.objects.with_translations()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = languages.active()
        operations = self.object.field_operations.with_translations(language)
        context["operations"] = named_in(operations, language)
        past, current, coming = self.object.chairpersonships.by_tense()
        context["chaired"] = {
            "past": years(past),
            "current": current,
            "coming": years(coming),
        }
        return context


def years(chairpersonships):
    """'1996, 2014 and 2026': the years of `chairpersonships` as a sentence lists them."""
    return get_text_list([str(chair.year) for chair in chairpersonships], pgettext("a list", "and"))
