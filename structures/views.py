from django.views.generic import DetailView, ListView

from .models import Structure


class StructureListView(ListView):
    template_name = "structures/structure_list.html"
    context_object_name = "structures"

    def get_queryset(self):
        return Structure.objects.exclude_field_operations().top_level().prefetch_related("children")


class StructureDetailView(DetailView):
    template_name = "structures/structure_detail.html"
    context_object_name = "structure"

    def get_queryset(self):
        # Field operations have their own pages: /field-operations/<slug>/.
        return (
            Structure.objects.exclude_field_operations()
            .select_related("parent")
            .prefetch_related("children")
        )
