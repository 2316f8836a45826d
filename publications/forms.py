from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core import languages
from core.forms import (
    FollowsRenamesMixin,
    SlugChoiceField,
    SlugMultipleChoiceField,
    reject_control_characters,
)
from core.workflow import FIRST_YEAR, LAST_YEAR
from countries.models import ParticipatingState
from fields.models import FieldOfWork
from structures.models import Structure

from . import search
from .models import Publication, PublicationFile
from .validation import check_pdf


class LibraryFilterForm(FollowsRenamesMixin, forms.Form):
    """The library's filters, read from the query string: every view of it is a link."""

    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *Publication.Type.choices],
        error_messages={"invalid_choice": _("There is no type of publication by that name.")},
    )
    field = SlugMultipleChoiceField(
        FieldOfWork.objects.all(),
        label=_("Field of work"),
        error_messages={"invalid_choice": _("There is no field of work “%(value)s”.")},
    )
    source = SlugMultipleChoiceField(
        Structure.objects.all(),
        label=_("Issued by"),
        error_messages={"invalid_choice": _("There is no source “%(value)s”.")},
    )
    country = SlugChoiceField(
        ParticipatingState.objects.all(),
        label=_("Country"),
        error_messages={
            "invalid_choice": _("There is no participating State or Partner by that name.")
        },
    )
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    language = forms.ChoiceField(
        label=_("File language"),
        required=False,
        choices=[("", _("Any language")), *settings.LANGUAGES],
        error_messages={"invalid_choice": _("There is no language by that name.")},
    )
    q = forms.CharField(
        label=_("Search the library"),
        required=False,
        max_length=200,
        validators=[reject_control_characters],
    )

    def filter(self, publications):
        """`publications` with the filters applied (the form must be valid)."""
        data = self.cleaned_data
        if data["type"]:
            publications = publications.filter(type=data["type"])
        if data["field"]:
            publications = publications.in_field(*data["field"])
        if data["source"]:
            publications = publications.from_source(*data["source"])
        if data["country"]:
            publications = publications.in_state(data["country"])
        if data["year"]:
            publications = publications.filter(published_on__year=data["year"])
        if data["language"]:
            publications = publications.with_file_in(data["language"])
        if data["q"]:
            # In the page's texts and inside the files (publications.search).
            publications = search.matching(publications, data["q"], languages.active())
        return publications

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.get(name) for name in self.fields)


class PublicationFileForm(forms.ModelForm):
    """A publication's file in one language: the upload is checked (publications.validation)
    and its size, page count and name recorded."""

    class Meta:
        model = PublicationFile
        fields = ["language", "file"]
        widgets = {"file": forms.ClearableFileInput(attrs={"accept": "application/pdf"})}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if (
            upload
            and upload is not getattr(self.instance, "file", None)
            and hasattr(upload, "content_type")
        ):
            self.pdf_info = check_pdf(upload)
        return upload

    def save(self, commit=True):
        instance = super().save(commit=False)
        info = getattr(self, "pdf_info", None)
        if info is not None:
            instance.size = info.size
            instance.page_count = info.page_count
            instance.original_name = self.cleaned_data["file"].name[:255]
        if commit:
            instance.save()
        return instance
