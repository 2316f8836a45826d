from django.views.generic import DetailView, ListView

from .models import Chairpersonship, ParticipatingState


class ParticipatingStateListView(ListView):
    model = ParticipatingState
    template_name = "countries/participating_state_list.html"
    context_object_name = "states"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        states = list(context["states"])
        kinds = ParticipatingState.Kind
        context["participating_states"] = [s for s in states if s.kind == kinds.PARTICIPATING]
        context["asian_partners"] = [s for s in states if s.kind == kinds.ASIAN_PARTNER]
        context["mediterranean_partners"] = [
            s for s in states if s.kind == kinds.MEDITERRANEAN_PARTNER
        ]
        context["chairpersonship"] = Chairpersonship.objects.current()
        return context


class ParticipatingStateDetailView(DetailView):
    model = ParticipatingState
    template_name = "countries/participating_state_detail.html"
    context_object_name = "state"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["operations"] = self.object.field_operations.all()
        context["chairpersonships"] = self.object.chairpersonships.all()
        return context
