from django.urls import path

from staff import views

app_name = "staff"
urlpatterns = [
    path("", views.verify, name="verify"),
    path("enrol/", views.enrol, name="enrol"),
    path("backup-codes/", views.backup_codes, name="backup_codes"),
    path("passkeys/", views.passkeys, name="passkeys"),
]
