"""The case list: model, page and the dialogs to create a case and start a hearing."""
